// Starts code-server (a real VS Code, served to a browser) in an isolated home folder and
// opens its workbench in Debian's headless chromium through playwright-core.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function startCodeServer({ codeServer, port, log, verbose = false }) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vscode-'));
    // Keep code-server's and chromium's side effects (config, logs, profile) inside tmp.
    const env = {
        ...process.env, HOME: path.join(tmp, 'home'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
        XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'), TMPDIR: path.join(tmp, 't'),
    };
    for (const key of ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) fs.mkdirSync(env[key], { recursive: true });
    const userData = path.join(tmp, 'data');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'editor.minimap.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
    }, null, 2));
    const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', path.join(tmp, 'config.yaml'),
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')];
    const child = spawn(codeServer, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const onData = chunk => { output += chunk; if (verbose) process.stdout.write(`[code-server] ${chunk}`); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    for (let i = 0; i < 600 && !output.includes('HTTP server listening'); i++) {
        if (child.exitCode !== null) break;
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    if (!output.includes('HTTP server listening')) {
        child.kill('SIGKILL');
        throw new Error(`code-server did not start:\n${output.slice(-3000)}`);
    }
    log('code-server is up');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, env, args: CHROMIUM_FLAGS });

    const workbenchUrl = (folder, payload) =>
        `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return {
        output: () => output,
        browser,
        /** Opens the workbench on `folder`; `payload` entries follow VS Code's workbench URL payload. */
        workbenchUrl,
        async openWorkbench(folder, payload) {
            const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
            await page.goto(workbenchUrl(folder, payload));
            return page;
        },
        remoteUri: p => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`,
        async stop() {
            await browser.close().catch(() => {});
            child.kill('SIGTERM');
            for (let i = 0; i < 30 && child.exitCode === null; i++) await new Promise(resolve => setTimeout(resolve, 100));
            if (child.exitCode === null) child.kill('SIGKILL');
            fs.rmSync(tmp, { recursive: true, force: true });
        },
    };
}
