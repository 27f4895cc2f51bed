import type { AnalyseRequest, AnalyseResult, FromWorker, PlaygroundCompletion, ToWorker } from './worker-protocol.js';

/**
 * The page's side of the language worker, which is started from a Blob URL made of its
 * bundle (embedded in the page at build time): no file to fetch, so it works from file://.
 */
export class WorkerClient {
    private readonly worker: Worker;
    private nextId = 1;
    private readonly waiting = new Map<number, (items: PlaygroundCompletion[]) => void>();
    /** The newest analysis shown: an older one arriving late is dropped. */
    private shownVersion = -1;

    constructor(source: string, private readonly onAnalysed: (result: AnalyseResult) => void, /** With the worker's own message (empty when it gives none). */ onFailure: (message: string) => void) {
        const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        this.worker = new Worker(url, { name: 'journey-language' });
        this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(event.data));
        this.worker.addEventListener('error', event => onFailure(event.message));
    }

    analyse(request: Omit<AnalyseRequest, 'type'>): void {
        this.send({ type: 'analyse', ...request });
    }

    complete(version: number, text: string, offset: number): Promise<PlaygroundCompletion[]> {
        const id = this.nextId++;
        return new Promise(resolve => {
            this.waiting.set(id, resolve);
            this.send({ type: 'complete', id, version, text, offset });
        });
    }

    private send(message: ToWorker): void {
        this.worker.postMessage(message);
    }

    private receive(message: FromWorker): void {
        if (message.type === 'analysed') {
            if (message.version < this.shownVersion) return;
            this.shownVersion = message.version;
            this.onAnalysed(message);
        } else if (message.type === 'completed') {
            this.waiting.get(message.id)?.(message.items);
            this.waiting.delete(message.id);
        }
    }
}
