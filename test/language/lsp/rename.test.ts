import type { LangiumDocument } from 'langium';
import { beforeEach, describe, expect, test } from 'vitest';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { buildWorkspace, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const provider = services.Journey.lsp.RenameProvider!;

const ACTUAL = `
journey Support "IT support" {
    persona Alex
    stage Contact {
        touchpoint Call { channel Phone owner ServiceDesk emotion 2 }
        touchpoint Ticket { channel Portal repeats Call }
    }
    improvement Callback { addresses Call, Ticket owner ServiceDesk }
}
`;

const IDEAL = `
ideal journey Better improves Support {
    stage Contact {
        touchpoint Call { channel Phone emotion 4 }
    }
    question "Still needed?" { about Call }
}
`;

let documents: Record<string, LangiumDocument>;

/** The position of the `occurrence`-th `word` in the named file. */
function at(file: string, word: string, occurrence = 0) {
    const text = documents[file]!.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(word, offset + 1);
    if (offset < 0) throw new Error(`${word} not in ${file}`);
    return { document: documents[file]!, position: documents[file]!.textDocument.positionAt(offset + 1) };
}

function rename(file: string, word: string, newName: string, occurrence = 0): Promise<WorkspaceEdit | undefined> {
    const { document, position } = at(file, word, occurrence);
    return Promise.resolve(provider.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName }));
}

/** The files as they are after applying the edit. */
function apply(edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of Object.entries(documents)) {
        const edits: TextEdit[] = edit?.changes?.[document.uri.toString()] ?? [];
        const textDocument = document.textDocument;
        let text = textDocument.getText();
        for (const e of [...edits].sort((a, b) => textDocument.offsetAt(b.range.start) - textDocument.offsetAt(a.range.start))) {
            text = text.slice(0, textDocument.offsetAt(e.range.start)) + e.newText + text.slice(textDocument.offsetAt(e.range.end));
        }
        result[name] = text;
    }
    return result;
}

describe('rename', () => {
    beforeEach(async () => {
        await resetWorkspace();
        documents = await buildWorkspace({ 'shared.journey': SHARED, 'support.journey': ACTUAL, 'better.journey': IDEAL });
    });

    test('a channel, from its declaration: the references in other files follow', async () => {
        const files = apply(await rename('shared.journey', 'Phone', 'Telephone'));
        expect(files['shared.journey']).toContain('channel Telephone "Service desk phone"');
        expect(files['support.journey']).toContain('touchpoint Call { channel Telephone owner');
        expect(files['better.journey']).toContain('touchpoint Call { channel Telephone emotion 4 }');
        expect(files['support.journey']).not.toContain('Phone');
    });

    test('a stakeholder, from a reference in another file', async () => {
        const files = apply(await rename('support.journey', 'ServiceDesk', 'Helpdesk', 1));
        expect(files['shared.journey']).toContain('stakeholder Helpdesk "Service desk manager"');
        expect(files['support.journey']).toContain('owner Helpdesk emotion 2');
        expect(files['support.journey']).toContain('owner Helpdesk }');
    });

    test('a journey: `improves` follows', async () => {
        const files = apply(await rename('support.journey', 'Support', 'Helpdesk'));
        expect(files['support.journey']).toContain('journey Helpdesk "IT support"');
        expect(files['better.journey']).toContain('ideal journey Better improves Helpdesk {');
    });

    test('a touchpoint: its references, and its namesake in the paired ideal journey with its references', async () => {
        const files = apply(await rename('support.journey', 'Call', 'PhoneCall'));
        expect(files['support.journey']).toContain('touchpoint PhoneCall { channel Phone');
        expect(files['support.journey']).toContain('repeats PhoneCall }');
        expect(files['support.journey']).toContain('addresses PhoneCall, Ticket');
        expect(files['better.journey']).toContain('touchpoint PhoneCall { channel Phone emotion 4 }');
        expect(files['better.journey']).toContain('about PhoneCall }');
    });

    test('from the ideal side the actual touchpoint is renamed too', async () => {
        const files = apply(await rename('better.journey', 'Call', 'PhoneCall', 1));
        expect(files['support.journey']).toContain('touchpoint PhoneCall {');
        expect(files['better.journey']).toContain('touchpoint PhoneCall {');
    });

    test('an unpaired touchpoint only renames within its journey', async () => {
        const files = apply(await rename('support.journey', 'Ticket', 'WebTicket'));
        expect(files['support.journey']).toContain('touchpoint WebTicket {');
        expect(files['support.journey']).toContain('addresses Call, WebTicket');
        expect(files['better.journey']).toBe(IDEAL);
    });

    describe('refused with a clear message', () => {
        test('a name taken by a declaration of the same kind anywhere in the workspace', async () => {
            await expect(rename('shared.journey', 'Phone', 'Portal')).rejects.toThrow("Cannot rename channel 'Phone' to 'Portal': a channel named 'Portal' already exists (shared.journey).");
            await expect(rename('better.journey', 'Better', 'Support')).rejects.toThrow(/journey named 'Support' already exists/);
        });

        test('a touchpoint name taken in its journey', async () => {
            await expect(rename('support.journey', 'Call', 'Ticket')).rejects.toThrow("Cannot rename touchpoint 'Call' to 'Ticket': journey 'Support' already has a touchpoint named 'Ticket'.");
        });

        test('a touchpoint name taken in the paired journey', async () => {
            await expect(rename('better.journey', 'Call', 'Ticket', 1)).rejects.toThrow(/journey 'Support' \(renamed with it to keep the ideal\/actual pairing\) already has a touchpoint named 'Ticket'/);
        });

        test('keywords and what is not a name', async () => {
            await expect(rename('shared.journey', 'Phone', 'journey')).rejects.toThrow("'journey' is a keyword");
            await expect(rename('shared.journey', 'Phone', 'low')).rejects.toThrow("'low' is a keyword");
            await expect(rename('shared.journey', 'Phone', '2Phone')).rejects.toThrow("'2Phone' is not a valid name");
            await expect(rename('shared.journey', 'Phone', 'Desk phone')).rejects.toThrow('is not a valid name');
        });
    });

    test('the same name in another kind or another journey is no clash', async () => {
        // A stakeholder named like a channel, a touchpoint named like one of another journey.
        expect(apply(await rename('shared.journey', 'IdentityTeam', 'Phone'))['shared.journey']).toContain('stakeholder Phone "Identity team"');
        expect(apply(await rename('support.journey', 'Callback', 'Call'))['support.journey']).toContain('improvement Call {');
    });

    test('names in other scripts are names', async () => {
        expect(apply(await rename('shared.journey', 'Phone', 'Τηλέφωνο'))['shared.journey']).toContain('channel Τηλέφωνο');
    });

    describe('prepareRename', () => {
        function prepare(file: string, word: string, occurrence = 0) {
            const { document, position } = at(file, word, occurrence);
            return provider.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position });
        }

        test('a name or a reference: its range', async () => {
            expect(await prepare('support.journey', 'Call')).toMatchObject({ start: { line: 4, character: 19 }, end: { line: 4, character: 23 } });
            expect(await prepare('support.journey', 'Phone')).toMatchObject({ start: { line: 4, character: 34 } });
        });

        test('a keyword, a string or a number: nothing to rename', async () => {
            expect(await prepare('support.journey', 'touchpoint')).toBeUndefined();
            expect(await prepare('support.journey', 'IT support')).toBeUndefined();
            expect(await prepare('support.journey', '2')).toBeUndefined();
        });
    });
});
