#!/usr/bin/env node
// `journey` command: runs the bundled CLI (built by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'cli', 'main.cjs');
if (!fs.existsSync(entry)) {
    process.stderr.write('journey: the CLI is not built yet; run `npm run build` first\n');
    process.exit(2);
}
require(entry);
