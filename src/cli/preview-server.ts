import { randomBytes } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Gap } from '../model/gap.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import type { Locale } from '../i18n/locales.js';
import { journeyLocale } from '../model/journey-language.js';
import { renderSvg, VIEWS, type View } from '../render/render-svg.js';
import type { ThemeName } from '../render/theme.js';
import { reportedDiagnostics } from './check-command.js';
import { ExitCode } from './cli-error.js';
import { collectJourneyFiles } from './collect-files.js';
import { fileJourney } from './file-journey.js';
import { openWorkspace } from './open-workspace.js';
import { previewPage } from './preview-page.js';
import { announce, answer, listen, refusedHost } from './local-server.js';
import { DATA_CSP, isLoopbackName, pageCsp, securityHeaders, type HostPolicy } from './preview-security.js';
import { oneLine } from './terminal-text.js';

const THEMES: ThemeName[] = ['light', 'dark', 'high-contrast'];

interface Snapshot {
    model: WorkspaceModel;
    gaps: Gap[];
    /** journey.config.json's `locale`, for the drawing's words. */
    locale: Locale;
    journeys: string[];
    selected?: string;
}

export interface PreviewOptions {
    port: number;
    /** The address to listen on (default 127.0.0.1); another than loopback serves the map to the network. */
    host?: string;
    /** Open the page in the default browser once it is served. */
    open?: boolean;
    config?: string;
    /** Host names answered besides the loopback ones (a proxy's or a forwarded port's name). */
    allowHosts?: string[];
    /** --locale: the language of the page and the drawing, for maps that do not name their own. */
    locale?: Locale;
}

/**
 * `journey preview`: serves the map of a file on 127.0.0.1 and pushes a change event to the
 * page whenever a map in its folder is saved. A map with errors keeps the last good picture
 * on screen, with the number of errors in a badge; the errors themselves are printed in the
 * terminal, as `journey check` prints them, and a line says when the map is good again.
 */
export async function runPreview(file: string, options: PreviewOptions): Promise<number> {
    await collectJourneyFiles([file]); // a clear error now for a missing or wrong file
    const folder = path.dirname(path.resolve(file));
    const fileName = path.basename(file);
    const host = options.host ?? '127.0.0.1';
    let good: Snapshot | undefined;
    let errors = 0;
    let version = 0;
    const clients = new Set<ServerResponse>();
    // The page speaks the language of the journey it opens with, else the workspace's.
    const pageLocale = (): Locale => {
        const journey = good?.model.journeys.find(j => j.name === good?.selected);
        return journeyLocale(journey) ?? good?.locale ?? options.locale ?? 'en';
    };

    const rebuild = async (first = false) => {
        const workspace = await openWorkspace([file], options.config, undefined, undefined, options.locale);
        let selected: string | undefined;
        try {
            selected = fileJourney(workspace, { verb: 'preview', withoutJourneyOption: true });
        } catch (error) {
            // A file with no journey of its own is refused as render refuses it: never a neighbour's
            // map in its name. Once served, a save that removes it leaves nothing selected.
            if (first) throw error;
        }
        const found = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
        if (found.length > 0) {
            process.stderr.write(found.map(d => `${oneLine(d.file)}:${d.line}:${d.column}: error [${d.code}] ${oneLine(d.message)}\n`).join('')
                + `journey preview: ${found.length} ${found.length === 1 ? 'error' : 'errors'}; ${good ? 'the page shows the last map without errors' : 'the page shows what could be read'}\n`);
        } else if (errors > 0) {
            process.stderr.write(`journey preview: no errors now; the page shows the map as saved\n`);
        }
        errors = found.length;
        if (errors === 0 || !good) {
            const analysis = workspace.services.Journey.gaps.Analysis;
            const model = analysis.getModel();
            good = { model, gaps: analysis.getGaps(), locale: workspace.locale, journeys: model.journeys.map(j => j.name), selected };
        }
        version++;
        for (const client of clients) client.write(`event: change\ndata: ${JSON.stringify({ version, errors })}\n\n`);
    };
    await rebuild(true);

    const hostPolicy: HostPolicy = { bind: host, allowed: [...(options.allowHosts ?? []), ...(isLoopbackName(host) ? [] : [os.hostname()])] };
    const server = createServer((request, response) => {
        handle(request, response).catch(error => {
            if (response.headersSent) return void response.end();
            answer(response, 500, 'text/plain; charset=utf-8', `journey preview: ${error instanceof Error ? error.message : String(error)}\n`);
        });
    });
    const handle = async (request: IncomingMessage, response: ServerResponse) => {
        if (refusedHost('preview', request, response, hostPolicy)) return;
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            return answer(response, 405, 'text/plain; charset=utf-8', 'journey preview: only GET and HEAD\n', { allow: 'GET, HEAD' });
        }
        // Nothing is served from disk; a target that is not one of the four paths, exactly, is not found.
        const target = request.url ?? '';
        if (!target.startsWith('/') || target.startsWith('//')) return answer(response, 404, 'text/plain; charset=utf-8', 'not found\n');
        const url = new URL(target, 'http://127.0.0.1');
        const pathname = target.split('?')[0];
        if (pathname === '/') {
            const nonce = randomBytes(16).toString('base64');
            answer(response, 200, 'text/html; charset=utf-8', previewPage(fileName, nonce, pageLocale()), {}, pageCsp(nonce));
        } else if (pathname === '/state') {
            answer(response, 200, 'application/json', JSON.stringify({ version, errors, journeys: good?.journeys ?? [], selected: good?.selected }));
        } else if (pathname === '/map.svg') {
            const view = (VIEWS as readonly string[]).includes(url.searchParams.get('view') ?? '') ? url.searchParams.get('view') as View : 'map';
            const theme = THEMES.includes(url.searchParams.get('theme') as ThemeName) ? url.searchParams.get('theme') as ThemeName : 'light';
            const journey = url.searchParams.get('journey') || good?.selected;
            answer(response, 200, 'image/svg+xml; charset=utf-8', good ? renderSvg(good.model, good.gaps, { journey, view, theme, locale: good.locale === 'en' ? undefined : good.locale }) : '');
        } else if (pathname === '/events') {
            response.writeHead(200, { ...securityHeaders(DATA_CSP), 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
            response.write(`event: hello\ndata: ${JSON.stringify({ version, errors })}\n\n`);
            clients.add(response);
            request.on('close', () => clients.delete(response));
        } else {
            answer(response, 404, 'text/plain; charset=utf-8', 'not found\n');
        }
    };

    // Watch before the address is printed: a save right after it must not be missed.
    let timer: NodeJS.Timeout | undefined;
    const watcher: FSWatcher = watch(folder, (_event, name) => {
        if (name && !String(name).endsWith('.journey') && String(name) !== 'journey.config.json') return;
        clearTimeout(timer);
        // Editors save in several steps; rebuild once they are done.
        timer = setTimeout(() => void rebuild().catch(error => process.stderr.write(`journey preview: ${error instanceof Error ? error.message : error}\n`)), 80);
    });

    const port = await listen(server, options.port, host).catch(error => {
        watcher.close();
        throw error;
    });
    await announce({ command: 'preview', heading: `Journey preview of ${file}`, what: 'the map', host, requested: options.port, port, open: options.open });

    return new Promise(resolve => {
        const stop = () => {
            watcher.close();
            for (const client of clients) client.end();
            server.close(() => resolve(ExitCode.Ok));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}
