import type { AnalyseRequest, CompleteRequest, FromWorker, ToWorker } from '../worker-protocol.js';
import type { PlaygroundSession } from './playground-session.js';

/**
 * Latest wins: while the session is busy, requests wait here, and a newer one of a kind
 * replaces the one waiting (a superseded completion is answered with no items, so that the
 * page's promise settles). A completion goes before an analysis: the user waits on it.
 */
export class RequestQueue {
    private analyse: AnalyseRequest | undefined;
    private complete: CompleteRequest | undefined;
    private running = false;

    constructor(private readonly session: PlaygroundSession, private readonly post: (message: FromWorker) => void) {}

    push(request: ToWorker): void {
        if (request.type === 'analyse') {
            this.analyse = request;
        } else {
            if (this.complete) this.post({ type: 'completed', id: this.complete.id, version: this.complete.version, items: [] });
            this.complete = request;
        }
        void this.drain();
    }

    /** Resolves once nothing is waiting. */
    async drain(): Promise<void> {
        if (this.running) return;
        this.running = true;
        try {
            for (;;) {
                const complete = this.complete;
                const analyse = this.analyse;
                if (complete) {
                    this.complete = undefined;
                    const items = await this.session.complete(complete.text, complete.offset).catch(() => []);
                    this.post({ type: 'completed', id: complete.id, version: complete.version, items });
                } else if (analyse) {
                    this.analyse = undefined;
                    this.post(await this.session.analyse(analyse.version, analyse.text, analyse.view, analyse.journey, analyse.theme, analyse.locale));
                } else {
                    return;
                }
            }
        } finally {
            this.running = false;
        }
    }
}
