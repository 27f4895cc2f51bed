// Extension-host test suite: the `run()` module that @vscode/test-electron (desktop VS Code)
// and test/e2e/run-code-server.mjs (VS Code in code-server) both load.
import Mocha from 'mocha';
import { registerExtensionTests } from './extension.test.js';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
    mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
    registerExtensionTests();
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
    });
}
