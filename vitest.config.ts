import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The extension-host suite runs inside VS Code (npm run test:vscode), not in vitest.
        exclude: ['test/e2e/**', 'node_modules/**'],
        // Langium >= 4.3 needs Object.groupBy, which Node 20 lacks.
        setupFiles: ['./src/language/polyfills.ts'],
        testTimeout: 30_000,
        benchmark: { include: ['bench/**/*.bench.ts'] },
    },
});
