import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The extension-host suites run inside VS Code (npm run test:vscode, npm run test:web), not in vitest.
        exclude: ['test/e2e/**', 'test/web/**', 'node_modules/**'],
        testTimeout: 30_000,
        benchmark: { include: ['bench/**/*.bench.ts'] },
    },
});
