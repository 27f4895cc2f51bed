// Extension-host test suite for the browser (@vscode/test-web): the `run()` module VS Code's web
// extension host loads. Mocha's browser build, since the host is a web worker, not Node.js.
import 'mocha/mocha.js';
import { registerWebExtensionTests } from './web-extension.test.js';

declare const mocha: {
    setup(options: { ui: 'bdd'; reporter: undefined; timeout: number; color: boolean }): void;
    run(done: (failures: number) => void): void;
};

export function run(): Promise<void> {
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000, color: false });
    registerWebExtensionTests();
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures ? reject(new Error(`${failures} web extension test(s) failed`)) : resolve()));
    });
}
