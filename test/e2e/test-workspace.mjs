// The workspace both VS Code runners open: the examples, plus a deliberately broken map.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suitePath = path.join(repoRoot, 'out', 'test', 'e2e', 'index.cjs');

export function requireBuilt() {
    for (const built of ['out/extension/main.cjs', 'out/language/main.cjs', 'out/test/e2e/index.cjs']) {
        if (!fs.existsSync(path.join(repoRoot, built))) {
            console.error(`vscode-tests: ${built} is missing; run npm run build first`);
            process.exit(2);
        }
    }
}

export function createTestWorkspace() {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ws-'));
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'test', 'e2e', 'fixtures', 'broken.journey'), path.join(workspace, 'broken.journey'));
    return { path: workspace, remove: () => fs.rmSync(workspace, { recursive: true, force: true }) };
}
