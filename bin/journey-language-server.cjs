#!/usr/bin/env node
// Standalone language server for any LSP editor: `journey-language-server --stdio`.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'language', 'main.cjs');
if (!fs.existsSync(entry)) {
    process.stderr.write('journey-language-server: not built yet; run `npm run build` first\n');
    process.exit(2);
}
if (!process.argv.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    process.stderr.write('usage: journey-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
    process.exit(2);
}
require(entry);
