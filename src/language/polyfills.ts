// Object.groupBy / Map.groupBy are ES2024 (native from Node 21). Langium >= 4.3 runs on
// chevrotain >= 12, which calls them; Node 20 (and VS Code 1.100's extension host) lacks them.
// Import this module before anything that loads Langium.
type GroupBy = <T, K extends PropertyKey>(items: Iterable<T>, key: (item: T, index: number) => K) => Partial<Record<K, T[]>>;
type MapGroupBy = <T, K>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: ((items, key) => {
            const groups = Object.create(null) as Record<PropertyKey, unknown[]>;
            let index = 0;
            for (const item of items) {
                (groups[key(item, index++)] ??= []).push(item);
            }
            return groups;
        }) as GroupBy,
    });
}

const mapWithGroupBy = Map as unknown as { groupBy?: MapGroupBy };
if (typeof mapWithGroupBy.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value: ((items, key) => {
            const groups = new Map();
            let index = 0;
            for (const item of items) {
                const k = key(item, index++);
                const group = groups.get(k);
                if (group) group.push(item);
                else groups.set(k, [item]);
            }
            return groups;
        }) as MapGroupBy,
    });
}

export {};
