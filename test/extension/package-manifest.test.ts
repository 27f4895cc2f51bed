import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import JSZip from 'jszip';
import { GAP_RULES } from '../../src/model/gap-rules/index.js';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const exists = (p: string) => fs.existsSync(path.join(root, p));

describe('package.json contributions', () => {
    test('names', () => {
        expect(manifest.name).toBe('journey-maps');
        expect(manifest.displayName).toBe('Journey Maps as Code');
        expect(manifest.bin).toEqual({ journey: './bin/journey.cjs', 'journey-language-server': './bin/journey-language-server.cjs' });
    });

    test('the journey language: .journey files, an icon and a configuration that exist', () => {
        const [language] = manifest.contributes.languages;
        expect(language).toMatchObject({ id: 'journey', extensions: ['.journey'] });
        expect(exists(language.configuration)).toBe(true);
        expect(exists(language.icon.light) && exists(language.icon.dark)).toBe(true);
    });

    test('the TextMate grammar is registered under its own scope name', () => {
        const [grammar] = manifest.contributes.grammars;
        const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
        expect(grammar).toMatchObject({ language: 'journey', scopeName: 'source.journey' });
        expect(tm.scopeName).toBe(grammar.scopeName);
    });

    test('the language configuration: comments, brackets, auto-closing, folding markers', () => {
        const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.brackets).toEqual([['{', '}']]);
        expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(['{', '"', "'", '/*']);
        const { start, end } = config.folding.markers;
        expect(new RegExp(start).test('  // #region Detect')).toBe(true);
        expect(new RegExp(end).test('  // #endregion')).toBe(true);
    });

    test('the Markdown preview draws ```journey fences: a markdown-it plugin and a preview script that is built', () => {
        expect(manifest.contributes['markdown.markdownItPlugins']).toBe(true);
        expect(manifest.contributes['markdown.previewScripts']).toEqual(['./out/markdown/markdown-preview.js']);
        expect(exists('out/markdown/markdown-preview.js'), 'npm run build has run').toBe(true);
    });

    test('every command the extension contributes has a title', () => {
        for (const command of manifest.contributes.commands) {
            expect(command.command).toMatch(/^journey\./);
            expect(command.title.length).toBeGreaterThan(0);
        }
    });
});

describe('journey.trace.server', () => {
    test('is the key vscode-languageclient reads for a client with the id journey', () => {
        const source = fs.readFileSync(path.join(root, 'src', 'extension', 'main.ts'), 'utf8');
        expect(source).toContain("new LanguageClient('journey',");
        const trace = manifest.contributes.configuration.properties['journey.trace.server'];
        expect(trace).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' });
    });
});

describe('settings stay in step with the gap rules', () => {
    const codes = GAP_RULES.map(rule => rule.code);

    test('journey.rules offers every rule, with its severities', () => {
        const rules = manifest.contributes.configuration.properties['journey.rules'];
        expect(Object.keys(rules.properties)).toEqual(codes);
        for (const property of Object.values(rules.properties) as { enum: string[] }[]) {
            expect(property.enum).toEqual(['off', 'hint', 'info', 'warning', 'error']);
        }
        expect(manifest.contributes.configuration.properties).toHaveProperty(['journey.thresholds.channelSwitches']);
        expect(manifest.contributes.configuration.properties).toHaveProperty(['journey.thresholds.emotionGap']);
    });

    test('journey.config.json has a JSON schema that VS Code applies, listing every rule', () => {
        const [validation] = manifest.contributes.jsonValidation;
        expect(validation.fileMatch).toBe('journey.config.json');
        const schema = JSON.parse(fs.readFileSync(path.join(root, validation.url), 'utf8'));
        expect(Object.keys(schema.properties.rules.properties)).toEqual(codes);
        const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
        expect(validate({ rules: { 'missing-owner': 'error', '*-mismatch': 'off' }, thresholds: { channelSwitches: 4 } })).toBe(true);
        expect(validate({ rules: { 'missing-owner': 'loud' } })).toBe(false);
        expect(validate({ rules: { 'missing-ownr': 'error' } })).toBe(false);
        expect(validate({ thresholds: { emotionGap: 0 } })).toBe(false);
    });

    test('every rule has its page, which the diagnostics link to', () => {
        for (const code of codes) expect(exists(`docs/rules/${code}.md`), code).toBe(true);
    });
});

describe('vsce package', () => {
    test('produces a .vsix with the bundled extension and server, and no sources or node_modules', async () => {
        expect(exists('out/extension/main.cjs'), 'npm run build has run').toBe(true);
        // Written where `npm run package` writes it, so a CI run leaves the .vsix in out/.
        const vsix = path.join(root, 'out', 'journey-maps.vsix');
        fs.rmSync(vsix, { force: true });
        {
            execFileSync('npm', ['run', '--silent', 'package:vsix'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
            const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
            const files = Object.keys(zip.files).filter(f => !f.endsWith('/'));
            expect(files).toEqual(expect.arrayContaining([
                'extension/package.json', 'extension/out/extension/main.cjs', 'extension/out/language/main.cjs',
                'extension/out/webview/preview.js', 'extension/out/markdown/markdown-preview.js',
                'extension/syntaxes/journey.tmLanguage.json', 'extension/language-configuration.json',
                'extension/icons/journey-file.svg', 'extension/readme.md', 'extension/docs/images/vscode-password-reset.png',
                'extension/schemas/journey.config.schema.json', 'extension/docs/rules/missing-owner.md',
                'extension.vsixmanifest',
            ]));
            expect(files.filter(f => /node_modules|\/src\/|\/test\/|\.map$|\.ts$/.test(f))).toEqual([]);
            const packaged = JSON.parse(await zip.file('extension/package.json')!.async('string'));
            expect(packaged.main).toBe('./out/extension/main.cjs');
        }
    }, 120_000);
});

describe('semantic highlighting and inlay hints', () => {
    test('every modifier of our own is declared, with the words the server uses', async () => {
        const { CUSTOM_MODIFIERS } = await import('../../src/language/lsp/semantic-token-legend.js');
        const declared = manifest.contributes.semanticTokenModifiers as { id: string; description: string }[];
        expect(Object.fromEntries(declared.map(m => [m.id, m.description]))).toEqual(CUSTOM_MODIFIERS);
    });

    test('the scope fallbacks colour emotion scores by value and the markers, with declared modifiers only', async () => {
        const { TOKEN_MODIFIERS, TOKEN_TYPES } = await import('../../src/language/lsp/semantic-token-legend.js');
        const [{ language, scopes }] = manifest.contributes.semanticTokenScopes as { language: string; scopes: Record<string, string[]> }[];
        expect(language).toBe('journey');
        for (const selector of Object.keys(scopes)) {
            const [type, ...modifiers] = selector.split('.');
            expect(TOKEN_TYPES, selector).toHaveProperty([type]);
            for (const modifier of modifiers) expect(TOKEN_MODIFIERS, selector).toHaveProperty([modifier]);
        }
        expect(Object.keys(scopes)).toEqual(expect.arrayContaining([
            'number.veryNegative', 'number.negative', 'number.neutral', 'number.positive', 'number.veryPositive', 'keyword.momentOfTruth', 'keyword.givesUp',
        ]));
        // Five values, five looks (the code-server suite checks the colours a default theme gives them).
        const emotions = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'].map(bucket => scopes[`number.${bucket}`].join('|'));
        expect(new Set(emotions).size).toBe(5);
        expect(manifest.contributes.configurationDefaults['[journey]']['editor.semanticHighlighting.enabled']).toBe(true);
    });

    test('journey.inlayHints.enabled is a boolean, on by default', () => {
        expect(manifest.contributes.configuration.properties['journey.inlayHints.enabled']).toMatchObject({ type: 'boolean', default: true });
    });
});
