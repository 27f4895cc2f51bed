import { expectCompletion } from 'langium/test';
import { beforeEach, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { parse, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const complete = expectCompletion(services.Journey);

/** Completes at the `<|>` marker and hands the items to `check`. */
async function completionsAt(text: string, check: (items: CompletionItem[]) => void): Promise<void> {
    await complete({ text, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => check(list.items) });
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);

const ACTUAL = `
journey Support "IT support" {
    persona Alex
    stage Contact {
        touchpoint Call "Call the desk" { channel Phone owner ServiceDesk emotion 2 }
        touchpoint Ticket { channel Portal emotion 3 }
    }
    stage Resolve {
        touchpoint Fix { emotion 4 }
    }
}
`;

describe('completion', () => {
    beforeEach(async () => {
        await resetWorkspace();
        await parse(SHARED);
    });

    test('offers declared stakeholders after owner, with title and documentation', async () => {
        await completionsAt('journey J { stage S { touchpoint T { owner <|> } } }', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['ServiceDesk', 'IdentityTeam']));
            expect(labels(items)).not.toContain('Phone');
            const desk = items.find(i => i.label === 'ServiceDesk')!;
            expect(desk.detail).toBe('Service desk manager');
            expect(JSON.stringify(desk.documentation)).toContain('Influence: high');
        });
    });

    test('offers channels, not stakeholders, after channel', async () => {
        await completionsAt('journey J { stage S { touchpoint T { channel <|> } } }', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['Phone', 'Portal', 'Email']));
            expect(labels(items)).not.toContain('ServiceDesk');
            expect(items.find(i => i.label === 'Portal')?.detail).toBe('Self-service portal');
        });
    });

    test('offers personas after persona in a journey', async () => {
        await completionsAt('journey J { persona <|> }', items => {
            expect(labels(items)).toContain('Alex');
            expect(labels(items)).not.toContain('Phone');
        });
    });

    test('offers touchpoints after addresses', async () => {
        await completionsAt(ACTUAL.replace(/\}\s*$/, 'improvement I { addresses <|> }\n}'), items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['Call', 'Ticket', 'Fix']));
            expect(items.find(i => i.label === 'Call')?.detail).toBe('Call the desk');
        });
    });

    test('offers the emotion scale after emotion', async () => {
        await completionsAt('journey J { stage S { touchpoint T { emotion <|> } } }', items => {
            const scale = items.filter(i => /^[1-5]$/.test(i.label));
            expect(scale.map(i => `${i.label} ${i.detail}`)).toEqual([
                '1 very negative', '2 negative', '3 neutral', '4 positive', '5 very positive',
            ]);
        });
    });

    test('does not offer the emotion scale for a metric value', async () => {
        await completionsAt('journey J { stage S { touchpoint T { metric Wait actual <|> } } }', items => {
            expect(labels(items).filter(l => /^[1-5]$/.test(l))).toEqual([]);
        });
    });

    test('offers touchpoints after repeats and about', async () => {
        await completionsAt('journey J { stage S { touchpoint A { } touchpoint B { repeats <|> } } }', items => {
            expect(labels(items)).toContain('A');
            expect(labels(items)).not.toContain('ServiceDesk');
        });
        await completionsAt('journey J { stage S { touchpoint A { } } question "Why?" { about <|> } }', items => {
            expect(labels(items)).toContain('A');
        });
    });

    test('offers feeling words after an emotion score', async () => {
        await completionsAt('journey J { stage S { touchpoint T { emotion 2 <|> } } }', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['frustrated', 'relieved']));
            // The level words the grammar also accepts as feelings are not offered as such.
            for (const word of ['low', 'medium', 'high', 'up']) expect(labels(items)).not.toContain(word);
        });
    });

    test('does not offer feelings after other keywords', async () => {
        await completionsAt('journey J { stage S { touchpoint T { channel <|> } } }', items => {
            expect(labels(items)).not.toContain('frustrated');
        });
    });

    test('offers P1 to P4 after priority', async () => {
        await completionsAt('journey J { improvement I { priority <|> } }', items => {
            expect(labels(items)).toEqual(['P1', 'P2', 'P3', 'P4']);
            expect(items[0].detail).toContain('critical');
        });
    });

    test('offers keywords in context, with a touchpoint snippet inside a stage', async () => {
        await completionsAt('journey J { stage S { <|> } }', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['touchpoint', 'description', 'touchpoint (new touchpoint)']));
            expect(labels(items)).not.toContain('stage (new stage)');
            expect(items.find(i => i.label === 'touchpoint (new touchpoint)')?.insertTextFormat).toBe(2);
        });
    });

    test('offers journey snippets at top level but no touchpoint snippet', async () => {
        await completionsAt('<|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['journey', 'persona', 'journey (new journey)']));
            expect(labels(items)).not.toContain('touchpoint');
            expect(labels(items)).not.toContain('touchpoint (new touchpoint)');
        });
    });

    test('offers stage and improvement snippets inside a journey', async () => {
        await completionsAt('journey J { <|> }', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['stage (new stage)', 'improvement (new improvement)']));
            expect(labels(items)).not.toContain('journey (new journey)');
        });
    });

    test('in an ideal journey, offers the actual touchpoints it does not have yet', async () => {
        await parse(ACTUAL);
        await completionsAt('ideal journey Better improves Support { stage Contact { touchpoint Ticket { } touchpoint <|> } }', items => {
            expect(labels(items)).toEqual(['Call', 'Fix']);
            const call = items.find(i => i.label === 'Call')!;
            expect(call.insertTextFormat).toBe(2);
            expect(call.textEdit?.newText).toContain('channel ${1:Phone}');
        });
    });

    test('offers no actual touchpoints in an actual journey', async () => {
        await parse(ACTUAL);
        await completionsAt('journey Other { stage S { touchpoint <|> } }', items => {
            expect(labels(items)).toEqual([]);
        });
    });
});
