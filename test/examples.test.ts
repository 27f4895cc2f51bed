import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../src/cli/check-command.js';
import { collectJourneyFiles } from '../src/cli/collect-files.js';
import { loadWorkspace } from '../src/cli/load-workspace.js';
import { JourneyFileSystem } from '../src/language/journey-file-system.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { analyseGaps } from '../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../src/model/build-model.js';
import type { Gap } from '../src/model/gap.js';
import { touchpointsOf, type JourneyModel, type WorkspaceModel } from '../src/model/journey-model.js';

const examples = path.resolve(__dirname, '..', 'examples');

async function exampleModel(): Promise<WorkspaceModel> {
    const files = await collectJourneyFiles([examples]);
    const documents = await loadWorkspace(createJourneyServices(JourneyFileSystem), files.workspace);
    return buildWorkspaceModel(documents.values());
}

/** Whether a gap is about a map directly in `folder` (examples/el is not in examples). */
function inFolder(gap: Gap, folder: string): boolean {
    const file = decodeURIComponent(gap.location.uri);
    return path.dirname(file).endsWith(`/${folder}`);
}

function journey(model: WorkspaceModel, name: string): JourneyModel {
    const found = model.journeys.find(j => j.name === name);
    if (!found) throw new Error(`no journey ${name} in the examples`);
    return found;
}

describe('examples', () => {
    test('every example parses and links with zero errors', async () => {
        const result = await runCheck([examples], { format: 'json' });
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(result.exitCode).toBe(0);
    });

    test('there is a shared declarations file, the password reset journey, its ideal, and a journey in Spanish', () => {
        const files = fs.readdirSync(examples, { recursive: true }).map(String).sort();
        expect(files).toEqual(expect.arrayContaining([
            'shared.journey', 'password-reset.journey', 'password-reset-ideal.journey', 'es/restablecimiento-de-contraseña.journey',
        ]));
    });

    test("the actual password reset journey has the brief's eleven steps, each with channel, owner and emotion", async () => {
        const reset = journey(await exampleModel(), 'PasswordReset');
        expect(reset.kind).toBe('actual');
        const steps = touchpointsOf(reset);
        expect(steps).toHaveLength(11);
        for (const step of steps) {
            expect(step.channel?.resolved, `${step.name} has a channel`).toBe(true);
            expect(step.owner?.resolved, `${step.name} has an owner`).toBe(true);
            expect(step.emotion, `${step.name} has an emotion`).toBeDefined();
        }
        expect([...new Set(steps.map(s => s.channel!.name))].sort()).toEqual(['Device', 'Email', 'Phone', 'Portal', 'PortalSearch']);
        // Emotions fall from confused to frustrated to angry.
        expect(steps.map(s => s.emotion!.score)).toEqual([2, 2, 1, 2, 3, 3, 1, 2, 3, 1, 1]);
        expect(steps.filter(s => s.givesUp).map(s => s.name)).toEqual(['CallsDesk', 'ChecksEmail']);
        expect(reset.questions).toHaveLength(6);
    });

    test('the ideal journey improves the actual one and shares touchpoint names with it', async () => {
        const model = await exampleModel();
        const ideal = journey(model, 'PasswordResetIdeal');
        expect(ideal.kind).toBe('ideal');
        expect(ideal.improves).toMatchObject({ name: 'PasswordReset', resolved: true });
        const actualNames = new Set(touchpointsOf(journey(model, 'PasswordReset')).map(t => t.name));
        expect(touchpointsOf(ideal).map(t => t.name).filter(n => actualNames.has(n))).toEqual(['CantLogIn', 'CallsDesk']);
    });

    test('the Spanish journey uses Spanish names', async () => {
        const spanish = journey(await exampleModel(), 'RestablecerContraseña');
        expect(spanish.persona?.name).toBe('Lucía');
        expect(spanish.stages.map(s => s.name)).toEqual(['Detección', 'Resolución']);
    });

    test("the model of every example validates against the model's JSON Schema", async () => {
        const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'schemas', 'journey-model.v1.schema.json'), 'utf8'));
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        const model = await exampleModel();
        expect(model.journeys.length).toBe(5);
        const valid = validate(JSON.parse(JSON.stringify(model)));
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        // …and the schema is strict enough to catch a wrong model.
        const broken = JSON.parse(JSON.stringify(model));
        broken.journeys[0].kind = 'future';
        delete broken.journeys[0].stages[0].touchpoints[0].index;
        expect(validate(broken)).toBe(false);
    });
});

describe('the gaps a service manager expects in the password-reset pair', () => {
    let gaps: Gap[];
    const find = (code: string, touchpoint?: string) => gaps.filter(g => g.code === code && (!touchpoint || g.data?.touchpoint === touchpoint));

    test('are found', async () => {
        gaps = analyseGaps(await exampleModel()).filter(g => inFolder(g, 'examples'));
        expect(gaps.length).toBeGreaterThan(0);
    });

    test('the unreachable desk phone: the customer gives up in the queue, a moment of truth at risk', () => {
        expect(find('dead-end', 'CallsDesk')).toHaveLength(1);
        expect(find('moment-of-truth-at-risk', 'CallsDesk')).toHaveLength(1);
        expect(find('metric-off-target').some(g => g.message.startsWith("Metric 'Abandonment'") && g.location.uri.endsWith('/password-reset.journey'))).toBe(true);
    });

    test('the email dead end: locked out of email too', () => {
        expect(find('dead-end', 'ChecksEmail')).toHaveLength(1);
    });

    test('the retry loop: calling the desk again', () => {
        expect(find('repeated-step', 'CallsDeskAgain').map(g => g.data?.earlier)).toEqual(['CallsDesk']);
    });

    test('the channel hopping between device, phone and portal', () => {
        const [hopping] = find('channel-hopping');
        expect(hopping.message).toContain('Device → Phone → Portal → PortalSearch');
        expect(find('channel-hopping')).toHaveLength(1);
    });

    test('the ideal "reset from the lock screen" step is missing from the actual journey', () => {
        expect(find('ideal-step-missing', 'ResetsFromLockScreen')).toHaveLength(1);
    });

    test('the emotion gaps: at the login screen and at the desk', () => {
        expect(find('emotion-gap').map(g => g.data?.touchpoint)).toEqual(['CantLogIn', 'CallsDesk']);
    });

    test('the Greek translation of the pair (examples/el) has the very same gaps, code for code', async () => {
        const all = analyseGaps(await exampleModel());
        const codes = (folder: string) => all.filter(g => inFolder(g, folder)).map(g => `${g.code} ${g.severity}`).sort();
        expect(codes('examples/el')).toHaveLength(gaps.length);
        expect(codes('examples/el')).toEqual(codes('examples'));
    });

    test('the ideal journey itself is free of map gaps', () => {
        const idealGaps = gaps.filter(g => g.location.uri.endsWith('/password-reset-ideal.journey') && g.code !== 'ideal-step-missing');
        expect(idealGaps.map(g => `${g.code}: ${g.message}`)).toEqual([]);
    });
});
