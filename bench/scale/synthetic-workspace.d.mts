export function declarationsFile(): string;
export function journeyFile(index: number, touchpoints: number, options?: { ideal?: boolean }): string;
export function syntheticWorkspace(files: number, touchpointsPerFile: number): Map<string, string>;
export function writeSyntheticWorkspace(folder: string, files: number, touchpointsPerFile: number): string[];
