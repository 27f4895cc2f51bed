// Makes a failing input small: removes halves, quarters, … of its lines, then of its characters,
// keeping each removal after which it still fails the same way (delta debugging, greedy).

export async function shrink(input: string, stillFails: (text: string) => Promise<boolean>, budget = 1500): Promise<string> {
    let tries = 0;
    const attempt = async (text: string) => tries++ < budget && await stillFails(text);
    let lines = input.split('\n');
    lines = await removeChunks(lines, candidate => attempt(candidate.join('\n')));
    let characters = [...lines.join('\n')];
    characters = await removeChunks(characters, candidate => attempt(candidate.join('')));
    return characters.join('');
}

async function removeChunks<T>(items: T[], fails: (candidate: T[]) => Promise<boolean>): Promise<T[]> {
    let current = items;
    for (let size = Math.max(1, Math.floor(current.length / 2)); size >= 1; size = Math.floor(size / 2)) {
        for (let start = 0; start < current.length;) {
            const candidate = [...current.slice(0, start), ...current.slice(start + size)];
            if (candidate.length < current.length && await fails(candidate)) current = candidate;
            else start += size;
        }
        if (size === 1) break;
    }
    return current;
}
