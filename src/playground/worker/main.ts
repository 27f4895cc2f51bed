// The playground's language worker: started by the page from a Blob URL, it does all the
// language work (parsing, linking, gaps, drawing, completion) so that typing never waits on it.
import type { FromWorker, ToWorker } from '../worker-protocol.js';
import { PlaygroundSession } from './playground-session.js';
import { RequestQueue } from './request-queue.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const queue = new RequestQueue(new PlaygroundSession(), post);
self.addEventListener('message', (event: MessageEvent<ToWorker>) => queue.push(event.data));
post({ type: 'ready' });
