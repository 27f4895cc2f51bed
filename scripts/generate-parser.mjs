// Generates the parser and AST types from the grammar (langium generate), quietly: it prints
// nothing when all is well, and langium's diagnostics when they matter.
//
// The grammar lets fields come in any order and any number of times (`(owner=… | channel=…)*`),
// so Langium warns "Found multiple assignments to 'owner' … Consider using '+='" for each single
// field. That data loss is what src/language/validation/duplicate-fields.ts reports to the author
// as a `duplicate-field` error, and test/language/grammar-assignments.test.ts fails when a field
// the grammar warns about is not covered there. So those warnings are left out here; any other
// warning or error is printed, and an error fails the build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const COVERED = /^\S+:\d+:\d+ - Found multiple assignments to '\w+' with the '\??=' assignment operator\. Consider using '\+=' instead to prevent data loss\.$/;
const PROGRESS = /^(Reading config from |Writing generated files to |\[[\d:]+\] Langium generator finished successfully)/;

const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], {
    cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});
// eslint-disable-next-line no-control-regex
const lines = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter(line => line.trim() !== '');
const shown = lines.filter(line => !COVERED.test(line) && (result.status !== 0 || !PROGRESS.test(line)));
if (shown.length > 0) process.stderr.write(`${shown.join('\n')}\n`);
if (result.error) process.stderr.write(`langium generate: ${result.error.message}\n`);
process.exitCode = result.status ?? 2;
