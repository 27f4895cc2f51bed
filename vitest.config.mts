import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The extension-host suite runs inside VS Code (npm run test:vscode), not in vitest.
        exclude: ['test/e2e/**', 'node_modules/**'],
        testTimeout: 30_000,
        benchmark: { include: ['bench/**/*.bench.ts'] },
    },
});
