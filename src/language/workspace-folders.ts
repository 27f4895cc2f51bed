/**
 * Which folders hold maps. The language server and the CLI use the same rule, so that the
 * editor and CI see the same workspace: hidden folders, dependencies and build output are
 * skipped (Langium's own default).
 */
export function isSkippedFolder(name: string): boolean {
    return name.startsWith('.') || name === 'node_modules' || name === 'out';
}

export const JOURNEY_EXTENSION = '.journey';
