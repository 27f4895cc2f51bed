import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../src/cli/check-command.js';
import { collectJourneyFiles } from '../src/cli/collect-files.js';
import { isJourney, type Journey } from '../src/language/generated/ast.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { loadWorkspace } from '../src/cli/load-workspace.js';
import { NodeFileSystem } from 'langium/node';

const examples = path.resolve(__dirname, '..', 'examples');

async function exampleJourneys(): Promise<Map<string, Journey>> {
    const files = await collectJourneyFiles([examples]);
    const documents = await loadWorkspace(createJourneyServices(NodeFileSystem), files.workspace);
    const journeys = new Map<string, Journey>();
    for (const document of documents.values()) {
        for (const element of document.parseResult.value.elements) {
            if (isJourney(element)) journeys.set(element.name, element);
        }
    }
    return journeys;
}

describe('examples', () => {
    test('every example parses and links with zero errors or warnings', async () => {
        const result = await runCheck([examples], { format: 'json' });
        expect(result.diagnostics).toEqual([]);
        expect(result.exitCode).toBe(0);
    });

    test('there is a shared declarations file, the password reset journey, its ideal, and a journey in Spanish', () => {
        const files = fs.readdirSync(examples, { recursive: true }).map(String).sort();
        expect(files).toEqual(expect.arrayContaining([
            'shared.journey', 'password-reset.journey', 'password-reset-ideal.journey', 'es/restablecimiento-de-contraseña.journey',
        ]));
    });

    test("the actual password reset journey has the brief's eleven steps, each with channel, owner and emotion", async () => {
        const reset = (await exampleJourneys()).get('PasswordReset')!;
        expect(reset.ideal).toBe(false);
        const steps = reset.stages.flatMap(s => s.touchpoints);
        expect(steps).toHaveLength(11);
        for (const step of steps) {
            expect(step.channel?.ref, `${step.name} has a channel`).toBeDefined();
            expect(step.owner?.ref, `${step.name} has an owner`).toBeDefined();
            expect(step.emotion, `${step.name} has an emotion`).toBeDefined();
        }
        const channels = new Set(steps.map(s => s.channel!.ref!.name));
        expect([...channels].sort()).toEqual(['Device', 'Email', 'Phone', 'Portal', 'PortalSearch']);
        // Emotions fall from confused to frustrated to angry.
        expect(steps.map(s => s.emotion!.score)).toEqual([2, 2, 1, 2, 3, 3, 1, 2, 3, 1, 1]);
        expect(steps.filter(s => s.givesUp).map(s => s.name)).toEqual(['CallsDesk', 'ChecksEmail']);
        expect(steps.some(s => s.pains.length > 0)).toBe(true);
        expect(reset.questions.map(q => q.text)).toHaveLength(6);
    });

    test('the ideal journey improves the actual one and shares touchpoint names with it', async () => {
        const journeys = await exampleJourneys();
        const ideal = journeys.get('PasswordResetIdeal')!;
        expect(ideal.ideal).toBe(true);
        expect(ideal.improves?.ref?.name).toBe('PasswordReset');
        const actualNames = new Set(journeys.get('PasswordReset')!.stages.flatMap(s => s.touchpoints.map(t => t.name)));
        const shared = ideal.stages.flatMap(s => s.touchpoints.map(t => t.name)).filter(n => actualNames.has(n));
        expect(shared).toEqual(['CantLogIn', 'StartsReset', 'CallsDesk']);
    });

    test('the Spanish journey uses Spanish names', async () => {
        const spanish = (await exampleJourneys()).get('RestablecerContraseña')!;
        expect(spanish.persona?.ref?.name).toBe('Lucía');
        expect(spanish.stages.map(s => s.name)).toEqual(['Detección', 'Resolución']);
    });
});
