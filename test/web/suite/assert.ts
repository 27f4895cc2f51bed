// The few assertions the web suite needs: node:assert is not there in the browser's extension host.
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) throw new Error(message ?? `expected ${String(expected)}, got ${String(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(message ?? `expected ${e}, got ${a}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
    if (!pattern.test(text)) throw new Error(message ?? `expected ${JSON.stringify(text)} to match ${pattern}`);
}
