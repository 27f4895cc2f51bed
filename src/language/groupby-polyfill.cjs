// Object.groupBy / Map.groupBy are ES2024 (native from Node 21). Langium >= 4.3 runs on
// chevrotain >= 12, which calls them; Node 20 (and VS Code 1.100's extension host) lacks them.
// The one copy of the polyfill: `langium generate` loads it with `node --require`, and
// polyfills.ts imports it for the bundles and vitest.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, key) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) (groups[key(item, index++)] ??= []).push(item);
            return groups;
        },
    });
}
if (typeof Map.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, key) {
            const groups = new Map();
            let index = 0;
            for (const item of items) {
                const k = key(item, index++);
                const group = groups.get(k);
                if (group) group.push(item);
                else groups.set(k, [item]);
            }
            return groups;
        },
    });
}
