import { describe, expect, test } from 'vitest';
import { parseGapConfig } from '../../src/model/gap-config.js';
import { GAP_RULES } from '../../src/model/gap-rules/index.js';

const CODES = GAP_RULES.map(rule => rule.code);

/** The problems of a config text, as `line:column: message`. */
function problems(text: string): string[] {
    return parseGapConfig(text, CODES).problems.map(p => `${p.line}:${p.column}: ${p.message}`);
}

describe('journey.config.json mistakes get a suggestion', () => {
    test('a misspelt rule code: did you mean the rule?', () => {
        expect(problems('{ "rules": { "missing-ownr": "error" } }')).toEqual(["1:14: no rule matches 'missing-ownr': did you mean 'missing-owner'?"]);
        // A pattern with wildcards that matches nothing gets no guess, and a code far from every rule neither.
        expect(problems('{ "rules": { "*-ownr": "error", "loudness": "off" } }')).toEqual(["1:14: no rule matches '*-ownr'", "1:33: no rule matches 'loudness'"]);
    });

    test('a severity written short, long, in capitals or misspelt', () => {
        const cases: Array<[string, string]> = [['warn', 'warning'], ['err', 'error'], ['errors', 'error'], ['Warning', 'warning'], ['information', 'info'], ['hnit', 'hint'], ['OFF', 'off']];
        for (const [written, meant] of cases) {
            expect(problems(`{ "rules": { "missing-owner": "${written}" } }`)).toEqual([`1:31: '${written}' is not a severity: did you mean '${meant}'? Use off, hint, info, warning or error`]);
        }
        expect(problems('{ "rules": { "missing-owner": "loud" } }')).toEqual(["1:31: 'loud' is not a severity: use off, hint, info, warning or error"]);
        expect(problems('{ "rules": { "missing-owner": 2 } }')).toEqual(["1:31: '2' is not a severity: use off, hint, info, warning or error"]);
    });

    test('a misspelt threshold', () => {
        expect(problems('{ "thresholds": { "emotionGaps": 2, "channelSwitch": 3, "speed": 1 } }')).toEqual([
            "1:19: unknown threshold 'emotionGaps': did you mean 'emotionGap'? Expected channelSwitches or emotionGap",
            "1:37: unknown threshold 'channelSwitch': did you mean 'channelSwitches'? Expected channelSwitches or emotionGap",
            "1:57: unknown threshold 'speed': expected channelSwitches or emotionGap",
        ]);
    });

    test('a key at the top that belongs inside "rules" or "thresholds", or a misspelt setting', () => {
        expect(problems('{ "missing-ownr": "error" }')).toEqual([`1:3: unknown setting 'missing-ownr': did you mean the rule 'missing-owner'? Rule severities go inside "rules": { "missing-owner": "error" }`]);
        expect(problems('{ "missing-owner": "error" }')).toEqual([`1:3: unknown setting 'missing-owner': rule severities go inside "rules": { "missing-owner": "error" }`]);
        expect(problems('{ "emotionGap": 2 }')).toEqual([`1:3: unknown setting 'emotionGap': thresholds go inside "thresholds": { "emotionGap": … }`]);
        expect(problems('{ "rule": {} }')).toEqual([`1:3: unknown setting 'rule': did you mean 'rules'? Expected "rules" or "thresholds"`]);
        expect(problems('{ "colour": "red" }')).toEqual([`1:3: unknown setting 'colour': expected "rules" or "thresholds"`]);
    });
});
