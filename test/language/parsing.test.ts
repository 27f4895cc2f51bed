import { afterEach, describe, expect, test } from 'vitest';
import { isJourney, isPersona, isStakeholder, isChannel, type Journey, type Model } from '../../src/language/generated/ast.js';
import { parse, resetWorkspace, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

const EVERY_CONSTRUCT = `
// line comment
/* block
   comment */
persona Alex "Office worker" {
    description "Works at a desk"
    segment "Rare IT users"
    goal "Back to work in five minutes"
    goal "Explain once"
    need "Plain words"
}
stakeholder ServiceDesk "Service desk manager" influence high interest medium {
    description "Runs the first line"
}
stakeholder Iam "Identity team" influence low
channel Phone "Service desk phone" { description "Queue with callback" }
channel Email

actual journey Reset "Password reset" {
    persona Alex
    outcome "Can log in again"
    description "As it is today"
    metric TimeToResolve "Lock-out to back at work" actual 95 min target 5 min
    stage SeekHelp "Looks for help" {
        description "Phone first"
        metric Contacts actual 2.5 target 1
        backstage "Queue monitored by the team lead" by ServiceDesk
        touchpoint CallsDesk "Calls the desk" {
            channel Phone
            owner ServiceDesk
            emotion 1 frustrated
            description "Cannot get through"
            need "A person now"
            perception "Nobody cares"
            success "Answered within a minute"
            pain "Queue too long"
            pain "Music is loud"
            moment of truth
            gives up "Hangs up after 12 minutes"
            evidence observed
            metric Abandonment "Abandoned calls" actual 38% target 10%
            metric NPS actual -20 target 30
            frontstage "Queue message" by ServiceDesk
            backstage "Agents on backlog"
            support "Telephony (ACD)"
            question "Why is the queue so long on Mondays?" { answer "Backlog from the weekend" }
        }
        touchpoint ChecksEmail {
            channel Email owner Iam emotion 2 "fed up" evidence assumed gives up
        }
        question "Who monitors the queue?"
    }
    stage Empty "Nothing here yet"
    improvement Callback "Offer a callback" {
        addresses CallsDesk, ChecksEmail
        owner ServiceDesk
        priority P1
        description "When the queue is longer than five minutes"
    }
    improvement Later
    question "Why phone before portal?" {
        about CallsDesk
        owner ServiceDesk
        answer "Habit"
    }
}

ideal journey ResetIdeal "As it should be" improves Reset {
    persona Alex
    stage SeekHelp {
        touchpoint CallsDesk {
            channel Phone owner ServiceDesk emotion 4 reassured evidence proposed
        }
    }
}
journey Plain { }
`;

describe('parsing every construct', () => {
    test('parses and links with no diagnostics at all', async () => {
        const result = await validate(EVERY_CONSTRUCT);
        expect(result.document.parseResult.lexerErrors).toEqual([]);
        expect(result.document.parseResult.parserErrors).toEqual([]);
        expect(result.diagnostics.map(d => d.message)).toEqual([]);
        expect(result.document.references.every(r => r.error === undefined && 'ref' in r && r.ref !== undefined)).toBe(true);
        expect(result.document.references.length).toBe(16);
    });

    test('declarations keep their fields', async () => {
        const model = (await parse(EVERY_CONSTRUCT)).parseResult.value as Model;
        const persona = model.elements.find(isPersona)!;
        expect(persona).toMatchObject({
            name: 'Alex', title: 'Office worker', description: 'Works at a desk', segment: 'Rare IT users',
            goals: ['Back to work in five minutes', 'Explain once'], needs: ['Plain words'],
        });
        const [desk, iam] = model.elements.filter(isStakeholder);
        expect(desk).toMatchObject({ name: 'ServiceDesk', title: 'Service desk manager', influence: 'high', interest: 'medium', description: 'Runs the first line' });
        expect(iam).toMatchObject({ name: 'Iam', influence: 'low' });
        expect(iam.interest).toBeUndefined();
        const channels = model.elements.filter(isChannel);
        expect(channels.map(c => [c.name, c.title, c.description])).toEqual([
            ['Phone', 'Service desk phone', 'Queue with callback'],
            ['Email', undefined, undefined],
        ]);
    });

    test('journeys: actual by default, ideal improves an actual one', async () => {
        const model = (await parse(EVERY_CONSTRUCT)).parseResult.value as Model;
        const [reset, ideal, plain] = model.elements.filter(isJourney);
        expect(reset).toMatchObject({ name: 'Reset', ideal: false, outcome: 'Can log in again', description: 'As it is today' });
        expect(reset.persona?.ref?.name).toBe('Alex');
        expect(ideal.ideal).toBe(true);
        expect(ideal.improves?.ref).toBe(reset);
        expect(plain).toMatchObject({ name: 'Plain', ideal: false, stages: [] });
    });

    test('stages and touchpoints keep order and every field', async () => {
        const model = (await parse(EVERY_CONSTRUCT)).parseResult.value as Model;
        const reset = model.elements.find(isJourney) as Journey;
        expect(reset.stages.map(s => s.name)).toEqual(['SeekHelp', 'Empty']);
        const stage = reset.stages[0];
        expect(stage.description).toBe('Phone first');
        expect(stage.metrics[0]).toMatchObject({ name: 'Contacts', actual: { value: 2.5 }, target: { value: 1 } });
        expect(stage.lanes[0]).toMatchObject({ lane: 'backstage', text: 'Queue monitored by the team lead' });
        expect(stage.questions[0].text).toBe('Who monitors the queue?');
        const [call, email] = stage.touchpoints;
        expect(call).toMatchObject({
            name: 'CallsDesk', title: 'Calls the desk', description: 'Cannot get through',
            emotion: { score: 1, feeling: 'frustrated' },
            needs: ['A person now'], perceptions: ['Nobody cares'], successCriteria: ['Answered within a minute'],
            pains: ['Queue too long', 'Music is loud'],
            momentOfTruth: true, givesUp: true, giveUpReason: 'Hangs up after 12 minutes', evidence: 'observed',
        });
        expect(call.channel?.ref?.name).toBe('Phone');
        expect(call.owner?.ref?.name).toBe('ServiceDesk');
        expect(call.metrics.map(m => [m.name, m.title, m.actual?.value, m.actual?.unit, m.target?.value, m.target?.unit])).toEqual([
            ['Abandonment', 'Abandoned calls', 38, '%', 10, '%'],
            ['NPS', undefined, -20, undefined, 30, undefined],
        ]);
        expect(call.lanes.map(l => [l.lane, l.text, l.actor?.ref?.name])).toEqual([
            ['frontstage', 'Queue message', 'ServiceDesk'],
            ['backstage', 'Agents on backlog', undefined],
            ['support', 'Telephony (ACD)', undefined],
        ]);
        expect(call.questions[0]).toMatchObject({ text: 'Why is the queue so long on Mondays?', answer: 'Backlog from the weekend' });
        expect(email.title).toBeUndefined();
        expect(email).toMatchObject({ name: 'ChecksEmail', emotion: { score: 2, feeling: 'fed up' }, evidence: 'assumed', givesUp: true, momentOfTruth: false });
        expect(reset.stages[1].touchpoints).toEqual([]);
    });

    test('improvements and questions', async () => {
        const model = (await parse(EVERY_CONSTRUCT)).parseResult.value as Model;
        const reset = model.elements.find(isJourney) as Journey;
        const [callback, later] = reset.improvements;
        expect(callback).toMatchObject({ name: 'Callback', title: 'Offer a callback', priority: 'P1', description: 'When the queue is longer than five minutes' });
        expect(callback.addresses.map(a => a.ref?.name)).toEqual(['CallsDesk', 'ChecksEmail']);
        expect(callback.owner?.ref?.name).toBe('ServiceDesk');
        expect(later).toMatchObject({ name: 'Later', addresses: [] });
        expect(later.priority).toBeUndefined();
        const [question] = reset.questions;
        expect(question).toMatchObject({ text: 'Why phone before portal?', answer: 'Habit' });
        expect(question.about.map(a => a.ref?.name)).toEqual(['CallsDesk']);
        expect(question.owner?.ref?.name).toBe('ServiceDesk');
    });

    test('strings take escapes and either quote', async () => {
        const model = (await parse(`persona P "Says \\"hi\\"" { goal 'It\\'s fine' }`)).parseResult.value as Model;
        const persona = model.elements.find(isPersona)!;
        expect(persona.title).toBe('Says "hi"');
        expect(persona.goals).toEqual(["It's fine"]);
    });

    test('metric values in either order, inline persona and channel fields, level words as feelings', async () => {
        const result = await validate(`
            persona P "Worker" goal "Back to work" segment "Office"
            channel C "Chat" description "Live chat"
            journey J { stage S { touchpoint T { emotion 2 low metric M target 10% actual 38% } } }`);
        expect(result.diagnostics).toEqual([]);
        const model = result.document.parseResult.value;
        expect(model.elements.find(isPersona)).toMatchObject({ goals: ['Back to work'], segment: 'Office' });
        expect(model.elements.find(isChannel)).toMatchObject({ description: 'Live chat' });
        const touchpoint = model.elements.find(isJourney)!.stages[0].touchpoints[0];
        expect(touchpoint.emotion).toMatchObject({ score: 2, feeling: 'low' });
        expect(touchpoint.metrics[0]).toMatchObject({ actual: { value: 38, unit: '%' }, target: { value: 10, unit: '%' } });
    });

    test('names may start with a keyword', async () => {
        const result = await validate(`
            stakeholder ownerTeam "x" influence low
            channel channelOne
            journey stages { stage goalSetting { touchpoint ownerCall { owner ownerTeam channel channelOne } } }`);
        expect(result.diagnostics).toEqual([]);
        const model = result.document.parseResult.value;
        const journey = model.elements.find(isJourney)!;
        expect(journey.name).toBe('stages');
        expect(journey.stages[0].touchpoints[0].name).toBe('ownerCall');
    });
});
