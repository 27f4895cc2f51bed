// Renders the extension icon icons/journey-maps.png (128×128, the size the Marketplace asks for)
// from its source icons/journey-maps.svg: `node scripts/render-icon.mjs [size] [out.png]`.
// The icon has no text, so no fonts are loaded.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const size = Number(process.argv[2] ?? 128);
if (!Number.isInteger(size) || size < 16 || size > 1024) {
    console.error(`render-icon: size must be a whole number of pixels from 16 to 1024, not '${process.argv[2]}'`);
    process.exit(2);
}
const out = resolve(process.argv[3] ?? join(root, 'icons', 'journey-maps.png'));

const svg = readFileSync(join(root, 'icons', 'journey-maps.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
// Atomic, so a packaging run never picks up half an icon.
const temp = `${out}.${process.pid}.tmp`;
writeFileSync(temp, png);
renameSync(temp, out);
console.log(`${out}: ${size}×${size}, ${png.length} bytes`);
