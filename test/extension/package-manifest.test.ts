import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { Ajv } from 'ajv';
import JSZip from 'jszip';
import { GAP_RULES } from '../../src/model/gap-rules/index.js';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const rawManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** The manifest as VS Code shows it in English: every `%key%` replaced from package.nls.json. */
const manifest = localize(rawManifest, nls);

function localize(value: unknown, messages: Record<string, string>): any {
    if (typeof value === 'string') {
        const key = /^%([\w.-]+)%$/.exec(value)?.[1];
        if (key === undefined) return value;
        if (!(key in messages)) throw new Error(`package.json: no message for %${key}%`);
        return messages[key];
    }
    if (Array.isArray(value)) return value.map(v => localize(v, messages));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, messages)]));
    return value;
}
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

describe('VS Code editor conventions', () => {
    const commands = manifest.contributes.commands as { command: string; title: string; category: string; icon?: string }[];
    const menus = manifest.contributes.menus as Record<string, { command: string; when?: string; group?: string }[]>;

    test('one command category for all commands: Journey Maps', () => {
        expect(new Set(commands.map(c => c.category))).toEqual(new Set(['Journey Maps']));
    });

    test('the commands the extension registers are the ones it contributes, and every menu entry is one of them', () => {
        const sources = fs.readdirSync(path.join(root, 'src', 'extension'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
        const registered = sources.flatMap(f => [...fs.readFileSync(path.join(root, 'src', 'extension', f), 'utf8').matchAll(/registerCommand\('([^']+)'/g)].map(m => m[1]));
        expect(registered.sort()).toEqual(commands.map(c => c.command).sort());
        for (const [menu, entries] of Object.entries(menus)) {
            for (const entry of entries) expect(registered, `${menu}: ${entry.command}`).toContain(entry.command);
        }
    });

    test('Ctrl+K V opens the preview to the side and Ctrl+Shift+V in place, in journey editors, as Markdown does', () => {
        expect(manifest.contributes.keybindings).toEqual([
            { command: 'journey.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == journey && !notebookEditorFocused' },
            { command: 'journey.openPreview', key: 'ctrl+shift+v', mac: 'cmd+shift+v', when: 'editorLangId == journey && !notebookEditorFocused' },
        ]);
    });

    test('the preview is on the editor title bar, and on .journey files in the explorer and on editor tabs', () => {
        expect(menus['editor/title']).toContainEqual({ command: 'journey.openPreviewToSide', when: 'editorLangId == journey', group: 'navigation' });
        expect(commands.find(c => c.command === 'journey.openPreviewToSide')?.icon).toBe('$(open-preview)');
        for (const menu of ['explorer/context', 'editor/title/context']) {
            expect(menus[menu].map(e => [e.command, e.when])).toEqual([
                ['journey.openPreview', 'resourceExtname == .journey'],
                ['journey.openPreviewToSide', 'resourceExtname == .journey'],
            ]);
        }
        expect(menus['file/newFile']).toEqual([{ command: 'journey.newMap' }]);
        expect(menus.commandPalette).toContainEqual({ command: 'journey.walkthrough.showQuickFix', when: 'false' });
    });

    test('the snippets file exists and parses; typing in a journey file indents as journey fmt does', () => {
        const [snippets] = manifest.contributes.snippets;
        const errors: ParseError[] = [];
        const parsed = parseJsonc(fs.readFileSync(path.join(root, snippets.path), 'utf8'), errors);
        expect(errors).toEqual([]);
        expect(Object.keys(parsed).length).toBeGreaterThanOrEqual(10);
        expect(manifest.contributes.configurationDefaults['[journey]']).toMatchObject({ 'editor.tabSize': 4, 'editor.insertSpaces': true, 'editor.snippetSuggestions': 'bottom' });
    });

    test('the Get Started walkthrough: create a map, see a gap, open the preview, fix the gap; media that exist, buttons that run commands, and a completion event each', () => {
        const [walkthrough] = manifest.contributes.walkthroughs;
        expect(walkthrough.id).toBe('getStarted');
        expect(walkthrough.steps.map((s: { id: string }) => s.id)).toEqual(['createMap', 'seeGap', 'openPreview', 'fixGap']);
        const builtins = ['workbench.actions.view.problems'];
        for (const step of walkthrough.steps as { id: string; description: string; media: Record<string, string>; completionEvents: string[] }[]) {
            const media = step.media.image ?? step.media.markdown;
            expect(exists(media), `${step.id}: ${media}`).toBe(true);
            if (step.media.image) expect(step.media.altText?.length, step.id).toBeGreaterThan(10);
            // A step's description renders links and nothing else of Markdown: a backtick would show as one.
            expect(step.description, step.id).not.toMatch(/[`*]/);
            const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map(m => m[1]);
            expect(buttons.length, step.id).toBe(1);
            for (const command of buttons) expect([...commands.map(c => c.command), ...builtins], step.id).toContain(command);
            expect(step.completionEvents.length, step.id).toBeGreaterThan(0);
            for (const event of step.completionEvents) {
                expect(event, step.id).toMatch(/^(onCommand:journey\.|onView:|onContext:journey\.)/);
                if (event.startsWith('onCommand:')) expect(commands.map(c => c.command)).toContain(event.slice('onCommand:'.length));
            }
        }
        // The context key the last step waits for is the one the extension sets.
        const context = fs.readFileSync(path.join(root, 'src', 'extension', 'walkthrough', 'gap-fixed-context.ts'), 'utf8');
        expect(context).toContain("GAP_FIXED_CONTEXT = 'journey.walkthrough.gapFixed'");
        expect(walkthrough.steps[3].completionEvents).toEqual(['onContext:journey.walkthrough.gapFixed']);
    });

    test('a journey task type and the $journey problem matcher', () => {
        const [definition] = manifest.contributes.taskDefinitions;
        expect(definition.type).toBe('journey');
        expect(Object.keys(definition.properties)).toEqual(['paths', 'args']);
        expect(manifest.contributes.problemMatchers.map((m: { name: string }) => m.name)).toEqual(['journey']);
        const provider = fs.readFileSync(path.join(root, 'src', 'extension', 'tasks', 'journey-task-provider.ts'), 'utf8');
        expect(provider).toContain("'$journey'");
    });

    test('declares what works in untrusted and in virtual workspaces', () => {
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/journey: check task is not offered/);
        expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/reads the workspace's maps and journey.config.json through VS Code/);
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
        expect(validate({ locale: 'el' })).toBe(true);
        expect(validate({ locale: 'fr' })).toBe(false);
    });

    test('every rule has its page, which the diagnostics link to', () => {
        for (const code of codes) expect(exists(`docs/rules/${code}.md`), code).toBe(true);
    });
});

/** Width and height from a PNG's IHDR chunk, which the PNG format puts first, after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the Marketplace listing', () => {
    test('an icon, the repository, where to report bugs, and a homepage', () => {
        expect(manifest.icon).toBe('icons/journey-maps.png');
        expect(manifest.repository).toEqual({ type: 'git', url: 'https://github.com/journey-maps/journey-maps.git' });
        expect(manifest.bugs.url).toBe('https://github.com/journey-maps/journey-maps/issues');
        expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/journey-maps\/journey-maps(#|$)/);
    });

    test('the icon is a 128×128 PNG, rendered from its SVG source', () => {
        // The Marketplace asks for 128×128 at least and refuses an SVG icon.
        expect(pngSize(fs.readFileSync(path.join(root, manifest.icon)))).toEqual({ width: 128, height: 128 });
        expect(exists('icons/journey-maps.svg')).toBe(true);
        // Rendering the source again gives the committed PNG, so the two cannot drift apart.
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-icon-'));
        try {
            const render = spawnSync(process.execPath, [path.join(root, 'scripts', 'render-icon.mjs'), '128', path.join(out, 'icon.png')], { encoding: 'utf8', timeout: 60_000 });
            expect(render.stderr).toBe('');
            expect(render.status).toBe(0);
            expect(fs.readFileSync(path.join(out, 'icon.png')).equals(fs.readFileSync(path.join(root, manifest.icon))), 'node scripts/render-icon.mjs has run').toBe(true);
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });

    test('the changelog follows Keep a Changelog, with a section for this version', () => {
        const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
        const sections = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map(m => m[1]);
        expect(sections[0]).toBe('Unreleased');
        expect(sections).toContain(manifest.version);
        // Each section heading has its link at the bottom.
        for (const section of sections) expect(changelog, section).toMatch(new RegExp(`^\\[${section.replaceAll('.', '\\.')}\\]: https://`, 'm'));
    });
});

describe('vsce package', () => {
    // Written where `npm run package` writes it, so a CI run leaves the .vsix in out/.
    const vsix = path.join(root, 'out', 'journey-maps.vsix');
    let output = '';
    let zip: JSZip;
    let files: string[];

    beforeAll(async () => {
        expect(exists('out/extension/main.cjs'), 'npm run build has run').toBe(true);
        if (manifest.browser) expect(exists(manifest.browser), 'npm run build has run').toBe(true);
        fs.rmSync(vsix, { force: true });
        const run = spawnSync('npm', ['run', '--silent', 'package:vsix'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
        // vsce writes its warnings to stderr and its listing to stdout; both are read.
        output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).toBe(0);
        zip = await JSZip.loadAsync(fs.readFileSync(vsix));
        files = Object.keys(zip.files).filter(f => !f.endsWith('/'));
    }, 300_000);

    test('prints no warning, and needs no flag to allow a missing repository', () => {
        expect(output).toMatch(/DONE\s+Packaged:/);
        expect(output.split('\n').filter(line => /warning/i.test(line))).toEqual([]);
        expect(manifest.scripts['package:vsix']).not.toContain('--allow-missing-repository');
    });

    test('produces a .vsix with the bundled extension and server, and no sources or node_modules', async () => {
        expect(files).toEqual(expect.arrayContaining([
            'extension/package.json', 'extension/out/extension/main.cjs', 'extension/out/language/main.cjs',
            'extension/out/webview/preview.js', 'extension/out/markdown/markdown-preview.js',
            'extension/syntaxes/journey.tmLanguage.json', 'extension/language-configuration.json',
            'extension/icons/journey-file.svg', 'extension/readme.md', 'extension/docs/images/vscode-password-reset.png',
            'extension/schemas/journey.config.schema.json', 'extension/docs/rules/missing-owner.md',
            'extension/out/cli/main.cjs', 'extension/snippets/journey.code-snippets',
            'extension/package.nls.json', 'extension/package.nls.el.json', 'extension/package.nls.da.json',
            'extension/package.nls.it.json', 'extension/package.nls.es.json',
            'extension/l10n/bundle.l10n.json', 'extension/l10n/bundle.l10n.el.json', 'extension/l10n/bundle.l10n.da.json',
            'extension/l10n/bundle.l10n.it.json', 'extension/l10n/bundle.l10n.es.json',
            'extension.vsixmanifest',
        ]));
        expect(files.filter(f => /node_modules|\/src\/|\/test\/|\.map$|\.ts$/.test(f))).toEqual([]);
        const packaged = JSON.parse(await zip.file('extension/package.json')!.async('string'));
        expect(packaged.main).toBe('./out/extension/main.cjs');
        // Every file the manifest points at is packed: the entry points, the walkthrough's media, the snippets.
        const media = (packaged.contributes.walkthroughs[0].steps as { media: Record<string, string> }[]).map(s => s.media.image ?? s.media.markdown);
        const entries = [packaged.main, packaged.browser].filter(Boolean);
        for (const file of [...entries, ...media, ...packaged.contributes.snippets.map((s: { path: string }) => s.path)]) {
            expect(files, file).toContain(`extension/${path.posix.normalize(file)}`);
        }
        // The web extension starts its language server from a bundle of its own.
        if (packaged.browser) expect(files).toContain('extension/out/language/browser.js');
        // The icon's SVG source stays out: VS Code shows the PNG.
        expect(files).not.toContain('extension/icons/journey-maps.svg');
    });

    test('the icon and the changelog are packed, and the Marketplace manifest names them', async () => {
        const packaged = JSON.parse(await zip.file('extension/package.json')!.async('string'));
        const icon = await zip.file(`extension/${packaged.icon}`)?.async('nodebuffer');
        expect(icon, packaged.icon).toBeDefined();
        expect(pngSize(icon!)).toEqual({ width: 128, height: 128 });
        const changelog = await zip.file('extension/changelog.md')?.async('string');
        // Packed as written: without --no-rewrite-relative-links, vsce would rewrite its links and
        // turn a bare #12 into a link to an issue.
        expect(changelog).toBe(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'));
        const vsixManifest = await zip.file('extension.vsixmanifest')!.async('string');
        expect(vsixManifest).toContain(`<Icon>extension/${packaged.icon}</Icon>`);
        expect(vsixManifest).toContain('Type="Microsoft.VisualStudio.Services.Content.Changelog" Path="extension/changelog.md"');
        expect(vsixManifest).toContain('Id="Microsoft.VisualStudio.Services.Links.Support" Value="https://github.com/journey-maps/journey-maps/issues"');
    });

    test('the readme is the extension\'s own, and every image in it is a packed PNG', async () => {
        // The readme is the one written for the extension's users, not the repository's.
        const readme = await zip.file('extension/readme.md')!.async('string');
        expect(readme).toBe(fs.readFileSync(path.join(root, 'docs', 'extension', 'README.md'), 'utf8'));
        expect(files.filter(f => /^extension\/readme\.md$/i.test(f))).toEqual(['extension/readme.md']);
        // vsce leaves relative links as they are (--no-rewrite-relative-links) and puts the readme at
        // the package root: each image must be packed at that path, relative to the root. The
        // Marketplace refuses SVG images (but for badges from a few hosts), so none is one.
        const images = [
            ...[...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(m => m[1]),
            ...[...readme.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map(m => m[1]),
        ];
        expect(images.length).toBeGreaterThan(0);
        for (const image of images) {
            expect(image, image).not.toMatch(/^[a-z]+:|^\/|\.\./i);
            expect(image, image).toMatch(/\.png$/i);
            expect(files, image).toContain(`extension/${path.posix.normalize(image)}`);
        }
    });

    test('the journey: check task runs the packed CLI on its own, with no node_modules beside it', async () => {
        const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vsix-cli-'));
        try {
            fs.writeFileSync(path.join(alone, 'main.cjs'), await zip.file('extension/out/cli/main.cjs')!.async('nodebuffer'));
            const check = spawnSync(process.execPath, [path.join(alone, 'main.cjs'), 'check', path.join(root, 'test', 'e2e', 'fixtures', 'broken.journey')], { cwd: alone, encoding: 'utf8', timeout: 60_000 });
            expect(check.stderr).toBe('');
            expect(check.status).toBe(1);
            expect(check.stdout).toMatch(/broken\.journey:\d+:\d+: error \[unresolved-reference\] No stakeholder named 'ServiceDsk'/);
        } finally {
            fs.rmSync(alone, { recursive: true, force: true });
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
