import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'metric-off-target';

const JOURNEY = (metrics: string) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
${metrics}}
`);

describe(CODE, () => {
    test('metrics of a journey, a stage and a touchpoint that miss a target, the direction known from the name', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    metric TimeToResolve "Lock-out to back at work" actual 95 min target 5 min
    stage Help "Seeks help" {
        metric CSAT actual 2.1 target 4.5
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
            metric Abandonment "Calls abandoned" actual 38% target 10%
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '4:60-4:66', severity: 'warning',
                message: `Metric 'TimeToResolve' ("Lock-out to back at work") misses its target: actual 95 min against a target of at most 5 min.`,
                related: [{ file: 'map.journey', at: '4:74-4:79', message: 'The target' }] },
            { file: 'map.journey', at: '6:28-6:31', severity: 'warning',
                message: `Metric 'CSAT' misses its target: actual 2.1 against a target of at least 4.5.`,
                related: [{ file: 'map.journey', at: '6:39-6:42', message: 'The target' }] },
            { file: 'map.journey', at: '10:57-10:60', severity: 'warning',
                message: `Metric 'Abandonment' ("Calls abandoned") misses its target: actual 38% against a target of at most 10%.`,
                related: [{ file: 'map.journey', at: '10:68-10:71', message: 'The target' }] },
        ]);
        expect(gaps[2].data).toEqual({ journey: 'Reset', metric: 'Abandonment' });
    });

    test('an explicit comparison wins; with no known direction any difference counts and the message says how to fix it', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric Tickets actual 12 target 10
    metric Score target >= 4.5 actual 4.2
    metric Minutes target <= 10 actual 10.5
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '4:27-4:29', severity: 'warning',
                message: `Metric 'Tickets' misses its target: actual 12 against a target of 10. Write 'target <= 10' or 'target >= 10' to say which way is better.`,
                related: [{ file: 'map.journey', at: '4:37-4:39', message: 'The target' }] },
            { file: 'map.journey', at: '5:39-5:42', severity: 'warning',
                message: `Metric 'Score' misses its target: actual 4.2 against a target of at least 4.5.`,
                related: [{ file: 'map.journey', at: '5:28-5:31', message: 'The target' }] },
            { file: 'map.journey', at: '6:40-6:44', severity: 'warning',
                message: `Metric 'Minutes' misses its target: actual 10.5 against a target of at most 10.`,
                related: [{ file: 'map.journey', at: '6:30-6:32', message: 'The target' }] },
        ]);
    });

    test('not reported: a target met exactly or beaten, units that cannot be compared, a metric with no actual value', async () => {
        expect(await gapsOfClean(JOURNEY(`    metric Abandonment actual 10% target 10%
    metric CSAT actual 4.5 target 4.5
    metric Tickets actual 10 target 10
    metric Score target >= 4 actual 4.5
    metric Minutes target <= 10 actual 9.5
    metric TimeToResolve actual 20 min target 1 h
    metric Calls actual 40 calls target 10 "per day"
    metric Wait target 5 min
`), CODE)).toEqual([]);
    });

    // Found by these tests: substring matching read these as lower-is-better. Words now decide.
    test('a success rate below its target misses it (higher is better)', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric SuccessRate actual 80% target 95%
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([`Metric 'SuccessRate' misses its target: actual 80% against a target of at least 95%.`]);
    });

    test('uptime below its target misses it (higher is better)', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric Uptime actual 99% target 99.9%
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([`Metric 'Uptime' misses its target: actual 99% against a target of at least 99.9%.`]);
    });

    test('first contact resolution below its target misses it (higher is better)', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric FirstContactResolution actual 60% target 80%
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([`Metric 'FirstContactResolution' misses its target: actual 60% against a target of at least 80%.`]);
    });

    test('durations in different units are compared in minutes', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric TimeToResolve actual 2 h target 30 min
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([`Metric 'TimeToResolve' misses its target: actual 2 h against a target of at most 30 min.`]);
    });

    test('the last known word of the name decides the direction; "Access" is not the effort score CES', async () => {
        const gaps = await gapsOfClean(JOURNEY(`    metric ResolutionTime actual 50 target 40
    metric AccessRequests actual 50 target 40
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([
            `Metric 'ResolutionTime' misses its target: actual 50 against a target of at most 40.`,
            `Metric 'AccessRequests' misses its target: actual 50 against a target of 40. Write 'target <= 40' or 'target >= 40' to say which way is better.`,
        ]);
    });
});
