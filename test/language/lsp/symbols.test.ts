import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { beforeEach, describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const symbols = expectSymbols(services.Journey);
// SymbolKind is a namespace of numbers, not an enum: no reverse mapping of its own.
const KIND_NAMES: Record<number, string> = Object.fromEntries(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

const JOURNEY = `
journey Support "IT support" {
    persona Alex
    metric Satisfaction actual 3.1
    stage Contact "Get in touch" {
        touchpoint CallsDesk "Call the desk" { channel Phone emotion 2 }
        touchpoint Ticket
        question "Who answers at night?"
    }
    stage Resolve
    improvement Callback "Call back" { addresses CallsDesk }
    question "Is chat wanted?"
}
`;

/** `name (kind) detail` with children indented, to compare whole outlines at a glance. */
function outline(list: DocumentSymbol[] | undefined, indent = ''): string[] {
    return (list ?? []).flatMap(s => [`${indent}${s.name} (${KIND_NAMES[s.kind]})${s.detail ? ` ${s.detail}` : ''}`, ...outline(s.children, `${indent}  `)]);
}

describe('document symbols', () => {
    beforeEach(resetWorkspace);

    test('declarations at the top, journey > stage > touchpoint, then improvements and questions; titles as detail', async () => {
        await symbols({
            text: SHARED + JOURNEY,
            disposeAfterCheck: true,
            assert: list => expect(outline(list)).toEqual([
                'Alex (Class) Office worker',
                'ServiceDesk (Object) Service desk manager',
                'IdentityTeam (Object) Identity team',
                'Phone (Interface) Service desk phone',
                'Portal (Interface) Self-service portal',
                'Email (Interface) Email',
                'Support (Namespace) IT support',
                '  Contact (Module) Get in touch',
                '    CallsDesk (Event) Call the desk',
                '    Ticket (Event)',
                '    Who answers at night? (String)',
                '  Resolve (Module)',
                '  Callback (Function) Call back',
                '  Is chat wanted? (String)',
            ]),
        });
    });

    test('the selection is the name, the range the whole element', async () => {
        await symbols({
            text: JOURNEY,
            disposeAfterCheck: true,
            assert: ([journey]) => {
                const touchpoint = journey!.children![0]!.children![0]!;
                expect(touchpoint.selectionRange).toEqual({ start: { line: 5, character: 19 }, end: { line: 5, character: 28 } });
                expect(touchpoint.range.start).toEqual({ line: 5, character: 8 });
                expect(touchpoint.range.end.line).toBe(5);
            },
        });
    });

    test('an element without a name yet (while typing) is left out, not shown empty', async () => {
        await symbols({ text: 'journey Support {\n stage Contact {\n touchpoint \n }\n}', disposeAfterCheck: true, assert: list => expect(outline(list)).toEqual(['Support (Namespace)', '  Contact (Module)']) });
    });
});

describe('workspace symbols', () => {
    beforeEach(async () => {
        await resetWorkspace();
        await buildWorkspace({ 'shared.journey': SHARED, 'support.journey': JOURNEY });
    });

    test('touchpoints are found too, with their journey as container', async () => {
        await workspaceSymbols({
            query: 'CallsDesk',
            assert: list => {
                expect(list.map(s => [s.name, s.kind, s.containerName])).toEqual([['CallsDesk', SymbolKind.Event, 'Support']]);
                expect(list[0]!.location).toMatchObject({ uri: 'file:///ws/support.journey', range: { start: { line: 5, character: 19 } } });
            },
        });
    });

    test('declarations and journeys come from the index, with their own kinds', async () => {
        await workspaceSymbols({
            query: 'Support',
            assert: list => expect(list.map(s => [s.name, KIND_NAMES[s.kind]])).toEqual([['Support', 'Namespace']]),
        });
        await workspaceSymbols({ query: 'Phone', assert: list => expect(list.map(s => [s.name, KIND_NAMES[s.kind]])).toEqual([['Phone', 'Interface']]) });
    });

    test('a query that matches nothing finds nothing', async () => {
        await workspaceSymbols({ query: 'Zzyzx', expectedSymbols: [] });
    });
});
