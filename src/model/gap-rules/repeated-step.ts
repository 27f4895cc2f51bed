import { describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapFinding } from '../gap.js';
import { touchpointsOf, type TouchpointModel } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

/** Title words shared with an earlier step, as a share of the shorter title, to count as the same step… */
const SAME_WORDS = 0.6;
/** …and at least this many of them: two shared words ("logs", "portal") say little. */
const MIN_SHARED_WORDS = 3;
/** A name that is an earlier name plus one of these is a retry: CallsDeskAgain, LoginRetry, Call2. */
const RETRY_SUFFIX = /^(Again|Retry|Retries|Second|Third|Twice|Repeat(ed)?|Once\s?More|Later)?\d*$/u;

export const repeatedStep: GapRule = {
    code: 'repeated-step',
    defaultSeverity: 'info',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('repeated-step', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => {
        const touchpoints = touchpointsOf(journey);
        const byName = new Map(touchpoints.map(t => [t.name, t]));
        // Earlier steps by channel and owner, with their title words worked out once.
        const earlierByKey = new Map<string, Step[]>();
        const findings: GapFinding[] = [];
        for (const touchpoint of touchpoints) {
            const step: Step = { touchpoint, words: words(touchpoint.title) };
            const key = touchpoint.channel && touchpoint.owner ? `${touchpoint.channel.name}\u0000${touchpoint.owner.name}` : undefined;
            const candidates = key ? earlierByKey.get(key) ?? [] : [];
            // A stated repeat counts only backwards (the language reports one that points forwards).
            const stated = touchpoint.repeats ? byName.get(touchpoint.repeats.name) : undefined;
            const earlier = stated ? (stated.index < touchpoint.index ? stated : undefined)
                : candidates.find(e => sameStep(e, step))?.touchpoint;
            if (key) {
                candidates.push(step);
                earlierByKey.set(key, candidates);
            }
            if (!earlier) continue;
            findings.push({
                message: gapText(localeFor(journey), 'repeated-step.message', { touchpoint: describeTouchpoint(touchpoint), earlier: describeTouchpoint(earlier) }),
                location: at(touchpoint.source),
                journey: journey.name,
                related: [{ location: at(earlier.source), message: gapText(localeFor(journey), 'repeated-step.related') }],
                data: { journey: journey.name, touchpoint: touchpoint.name, earlier: earlier.name },
            });
        }
        return findings;
    }),
};

interface Step {
    touchpoint: TouchpointModel;
    words: Set<string>;
}

/**
 * (Same channel and owner, by the bucket it is compared in) and either the earlier name with a retry word or a number added
 * (CallsDesk → CallsDeskAgain, Call → Call2) or titles sharing at least three words of four
 * letters or more, making up most of the shorter title (short words say nothing about a step).
 */
function sameStep({ touchpoint: earlier, words: a }: Step, { touchpoint: later, words: b }: Step): boolean {
    if (later.name !== earlier.name && later.name.startsWith(earlier.name)) {
        const suffix = later.name.slice(earlier.name.length).replace(/^_/, '');
        if (suffix && RETRY_SUFFIX.test(suffix)) return true;
    }
    if (a.size < MIN_SHARED_WORDS || b.size < MIN_SHARED_WORDS) return false;
    let shared = 0;
    for (const word of a) if (b.has(word)) shared++;
    return shared >= MIN_SHARED_WORDS && shared / Math.min(a.size, b.size) >= SAME_WORDS;
}

function words(text: string | undefined): Set<string> {
    // Letters and digits, with an apostrophe only inside a word ("can't" yes, "'password" no).
    const all = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
    return new Set(all.filter(word => [...word].length >= 4));
}
