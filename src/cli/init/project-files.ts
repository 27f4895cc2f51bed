// The files beside the maps that `journey init` writes: settings, the editor's extension
// recommendation, and the pull-request workflow.
import { DEFAULT_THRESHOLDS } from '../../model/gap-settings.js';

/** The VS Code extension's id, publisher.name in package.json (a test keeps the two equal). */
export const EXTENSION_ID = 'journey-maps.journey-maps';

/** The GitHub Action at the root of this repository, by its major version. */
export const ACTION = 'journey-maps/journey-maps@v0';

/**
 * journey.config.json with the default thresholds written out, so the knobs are in sight. No
 * "$schema": VS Code validates the file by its name against the schema the installed extension
 * ships (contributes.jsonValidation), and a "$schema" in the file would replace that
 * association — with a path into node_modules that a global install does not have, or a URL
 * that needs the network and may describe another version.
 */
export function configFile(): string {
    return JSON.stringify({ rules: {}, thresholds: DEFAULT_THRESHOLDS }, null, 2) + '\n';
}

/** .vscode/extensions.json: VS Code offers to install the extension when the folder opens. */
export function extensionsFile(): string {
    return JSON.stringify({ recommendations: [EXTENSION_ID] }, null, 2) + '\n';
}

/** .github/workflows/journey.yml, checking `paths` (relative to the repository root). */
export function workflowFile(paths: string): string {
    return `# Journey maps in pull requests, written by \`journey init\`: checks the maps in ${paths === '.' ? 'this repository' : `the folder ${yamlScalar(paths)}`},
# annotates the pull request with their errors and gaps (code scanning), and comments what
# changed for the customer.
name: Journey maps
on:
  pull_request:
    paths: ['**/*.journey', '**/journey.config.json']
  push:
    branches: [main]
    paths: ['**/*.journey', '**/journey.config.json']
permissions:
  contents: read
  actions: read            # upload-sarif reads the run's details (private repositories)
  security-events: write   # SARIF upload to code scanning
  pull-requests: write     # the journey diff comment
concurrency:               # a new push cancels the run before it, so one run comments
  group: journey-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  journey:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION}
        with:
${withInput('paths', yamlScalar(paths), 'files, folders or globs')}
${withInput('fail-on', 'errors', 'errors | warnings | new-gaps | never')}
${withInput('sarif', 'true', 'upload findings to code scanning')}
${withInput('comment', 'true', 'post the journey diff on the pull request, updated in place')}
`;
}

/**
 * Why `paths` cannot go into the workflow's `paths:` input, or undefined when it can. GitHub
 * evaluates `${{ … }}` everywhere in a workflow, quoted or not, and the action reads its
 * input one path a line.
 */
export function workflowPathProblem(paths: string): string | undefined {
    if (paths.includes('${{')) return "its path holds '${{', which GitHub would evaluate as an expression in the workflow: rename the folder";
    if (/[\r\n]/.test(paths)) return "its path holds a line break, and the workflow's paths: input takes one path a line: rename the folder";
    return undefined;
}

/** One `with:` line, its comment aligned with the others'. */
function withInput(name: string, value: string, comment: string): string {
    const entry = `          ${name}: ${value}`;
    return `${entry.length < 29 ? entry.padEnd(30) : `${entry}  `}# ${comment}`;
}

/**
 * A path as a YAML scalar: plain when both YAML 1.2 and 1.1 read it back as that text, else
 * double-quoted. A plain scalar here starts with a letter, `_` or `/` (so no number such as
 * `.5`, `1e3` or `0x1F`, no `-`, `#`, `~` or other indicator), holds no `: ` or ` #`, and is
 * not a YAML 1.1 boolean or null (`y`, `n`, `on`, `null`, …). JSON's escapes are valid in YAML;
 * the C1 controls and DEL, which YAML does not allow raw, are escaped too.
 */
export function yamlScalar(value: string): string {
    const plain = /^[A-Za-z_/][\w./-]*$/.test(value) && !/^(y|n|yes|no|true|false|on|off|null)$/i.test(value);
    return plain ? value : JSON.stringify(value).replace(/[\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
