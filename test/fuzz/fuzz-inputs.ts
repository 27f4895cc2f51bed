// The fuzzer's documents: random text, mutations of real maps, and random maps that follow the
// grammar. Deterministic for a seed, so that any failure can be produced again.

export type Random = (n: number) => number;

/** mulberry32: small, fast and good enough to spread inputs; `random(n)` is in 0..n-1. */
export function seededRandom(seed: number): Random {
    let state = seed >>> 0;
    return n => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * Math.max(1, n));
    };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[random(items.length)];

const KEYWORDS = ['persona', 'stakeholder', 'channel', 'journey', 'ideal', 'actual', 'improves', 'stage', 'touchpoint', 'owner', 'emotion',
    'pain', 'need', 'metric', 'actual', 'target', 'moment of truth', 'gives up', 'reaches outcome', 'repeats', 'evidence', 'improvement',
    'addresses', 'priority', 'status', 'question', 'answer', 'about', 'frontstage', 'backstage', 'support', 'by', 'outcome', 'description'];
const ODD = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u200F', '\uFEFF', '\u2028', '\r', '\t', '\\', '"', "'", '{', '}', ',', '%', '≤', '≥', '-', '/*', '*/', '//', '😀', 'Ω', 'ß', '中'];

/** Random characters, words and punctuation: what a broken paste looks like. */
export function randomText(random: Random): string {
    const parts: string[] = [];
    const length = random(4) === 0 ? random(2000) : random(200);
    while (parts.join('').length < length) {
        switch (random(5)) {
            case 0: parts.push(String.fromCharCode(random(0x3000))); break;
            case 1: parts.push(pick(random, KEYWORDS)); break;
            case 2: parts.push(pick(random, ODD)); break;
            case 3: parts.push(pick(random, [' ', '\n', '    '])); break;
            default: parts.push(String(random(100)));
        }
    }
    return parts.join('');
}

/** A real map, damaged the ways people and tools damage text. */
export function mutatedText(random: Random, corpus: readonly string[]): string {
    let text = pick(random, corpus);
    const times = 1 + random(4);
    for (let i = 0; i < times; i++) text = mutateOnce(random, text);
    return text;
}

function mutateOnce(random: Random, text: string): string {
    const lines = text.split('\n');
    const at = random(text.length + 1);
    const line = random(lines.length);
    switch (random(12)) {
        case 0: lines.splice(line, 1); return lines.join('\n');
        case 1: lines.splice(line, 0, lines[random(lines.length)]); return lines.join('\n');
        case 2: { const other = random(lines.length); [lines[line], lines[other]] = [lines[other], lines[line]]; return lines.join('\n'); }
        case 3: return text.slice(0, at);
        case 4: return text.slice(0, at) + pick(random, ['{', '}', '"', "'", '/*', '{{{', '}}}']) + text.slice(at);
        case 5: return text.slice(0, at) + pick(random, [' 99999999999999999999999', ' 1e308', ' -0', ' 0.0000001', ' NaN']) + text.slice(at);
        case 6: return text.slice(0, at) + 'N'.repeat(1000 + random(100_000)) + text.slice(at);
        case 7: return text.slice(0, at) + pick(random, ODD) + text.slice(at);
        case 8: return text.slice(0, at) + '{'.repeat(10 + random(2000)) + text.slice(at);
        case 9: { const end = at + random(40); return text.slice(0, at) + text.slice(end); }
        case 10: return text.slice(0, at) + pick(random, KEYWORDS) + ' ' + text.slice(at);
        default: return text.replace(/\n/g, pick(random, ['\r\n', '\r', '\n\n', ' ']));
    }
}

/** A random map that mostly follows the grammar, with references that may or may not resolve. */
export function grammarText(random: Random): string {
    const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    const personas = names('P', 1 + random(3));
    const owners = names('O', 1 + random(4));
    const channels = names('C', 1 + random(4));
    const quoted = () => pick(random, ['"A step"', '"Émotion ✓"', '"It says \\"no\\""', "'single'", '""', '"<script>alert(1)</script>"', '"& < > \' "']);
    const ref = (list: string[]) => (random(8) === 0 ? `Missing${random(3)}` : pick(random, list));
    const lines: string[] = [];
    for (const p of personas) lines.push(`persona ${p} ${quoted()}${random(2) ? ` { goal ${quoted()} }` : ''}`);
    for (const o of owners) lines.push(`stakeholder ${o} ${quoted()} influence ${pick(random, ['low', 'medium', 'high'])}`);
    for (const c of channels) lines.push(`channel ${c} ${quoted()}`);
    const journeys = 1 + random(3);
    for (let j = 0; j < journeys; j++) {
        const ideal = j > 0 && random(2) === 0;
        lines.push(`${ideal ? 'ideal ' : ''}journey J${j} ${quoted()}${ideal ? ` improves J${random(j)}` : ''} {`);
        if (random(4)) lines.push(`    persona ${ref(personas)}`);
        if (random(3)) lines.push(`    outcome ${quoted()}`);
        const touchpoints: string[] = [];
        const stages = random(5);
        for (let s = 0; s < stages; s++) {
            lines.push(`    stage S${s} ${quoted()} {`);
            const count = random(6);
            for (let t = 0; t < count; t++) {
                const name = `T${s}_${t}`;
                const fields = [
                    `channel ${ref(channels)}`, `owner ${ref(owners)}`, `emotion ${random(7)}${random(2) ? ' calm' : ''}`, `pain ${quoted()}`,
                    `need ${quoted()}`, 'moment of truth', `gives up ${quoted()}`, 'reaches outcome', `metric M actual ${random(50)}% target <= ${random(20)}%`,
                    `backstage ${quoted()} by ${ref(owners)}`, touchpoints.length ? `repeats ${pick(random, touchpoints)}` : '', `evidence ${pick(random, ['observed', 'assumed'])}`,
                ].filter(() => random(3) === 0);
                lines.push(`        touchpoint ${name} ${quoted()} { ${fields.join('  ')} }`);
                touchpoints.push(name);
            }
            lines.push('    }');
        }
        if (touchpoints.length && random(2)) lines.push(`    improvement I${j} ${quoted()} { addresses ${pick(random, touchpoints)} owner ${ref(owners)} priority P${1 + random(4)} }`);
        if (random(3) === 0) lines.push(`    question ${quoted()} { about ${touchpoints.length ? pick(random, touchpoints) : 'Nothing'} }`);
        lines.push('}');
    }
    return lines.join('\n') + (random(2) ? '\n' : '');
}
