#!/usr/bin/env node
// Standalone language server for any LSP editor: `journey-language-server --stdio`.
const path = require('node:path');
const fs = require('node:fs');

const USAGE = `usage: journey-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Journey Maps language server: diagnostics, completion, hover, go to definition,
formatting and more for .journey files, over the Language Server Protocol.

  --stdio          talk LSP over standard input and output (most editors)
  --node-ipc       talk over Node's IPC channel (VS Code starts it so)
  --socket=<port>  connect to a socket on this port
  --pipe=<name>    connect to this named pipe
  -h, --help       print this help
  -v, --version    print the version
`;

const args = process.argv.slice(2);
// What vscode-languageserver reads from the command line: a transport, and the editor's process id.
const KNOWN = /^(--stdio|--node-ipc|--socket=.+|--pipe=.+|--clientProcessId=\d+)$/;

if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    process.stdout.write(`${version}\n`);
    process.exit(0);
}
const unknown = args.find((a, i) => !KNOWN.test(a) && !(a === '--clientProcessId' || args[i - 1] === '--clientProcessId' && /^\d+$/.test(a)));
if (unknown !== undefined || !args.some(a => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
    process.stderr.write(`${unknown !== undefined ? `journey-language-server: unknown option '${unknown}'\n` : ''}${USAGE}`);
    process.exit(2);
}
const entry = path.join(__dirname, '..', 'out', 'language', 'main.cjs');
if (!fs.existsSync(entry)) {
    process.stderr.write('journey-language-server: not built yet; run `npm run build` first\n');
    process.exit(2);
}
require(entry);
