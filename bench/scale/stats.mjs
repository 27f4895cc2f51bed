// Summaries and Markdown tables for the scale benchmarks.

/** Median, min, max and count of a list of numbers (nulls, from timed-out samples, are dropped). */
export function summarise(samples) {
    const values = samples.filter(v => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    const n = values.length;
    if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
    const mid = Math.floor(n / 2);
    const median = n % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return { median, min: values[0], max: values[n - 1], n };
}

/** A number with a sensible number of digits for a table cell. */
export function fmt(value, unit = '') {
    if (!Number.isFinite(value)) return 'n/a';
    const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
    return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** One table row per case: | case | median | min | max | n |. */
export function summaryTable(rows, unit = 'ms') {
    return table(['case', `median (${unit})`, `min (${unit})`, `max (${unit})`, 'n'],
        rows.map(({ label, samples }) => {
            const s = summarise(samples);
            return [label, fmt(s.median), fmt(s.min), fmt(s.max), String(s.n)];
        }));
}

export function table(headers, rows) {
    return [
        `| ${headers.join(' | ')} |`,
        `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
        ...rows.map(r => `| ${r.join(' | ')} |`),
    ].join('\n');
}
