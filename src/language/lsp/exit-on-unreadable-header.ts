import { ReadableStreamMessageReader } from 'vscode-languageserver/node.js';

/**
 * vscode-jsonrpc reports a message header it cannot read (no Content-Length, one that is not a
 * number, a line without ':') to its reader's onError, which nothing in vscode-languageserver
 * listens to, and reads on: the body after that header is then taken for the start of the next
 * header, and so on, so every later message is lost and the server hangs mute. Exit instead,
 * with one line on stderr, as an editor's client does on the same error; the editor can then
 * restart the server. A body that is not JSON keeps the stream in step and is only dropped.
 */
export function exitOnUnreadableHeader(): void {
    const listen = ReadableStreamMessageReader.prototype.listen;
    ReadableStreamMessageReader.prototype.listen = function (this: ReadableStreamMessageReader, callback) {
        this.onError(error => {
            if (error instanceof SyntaxError || !/content-length|message header/i.test(error.message)) return;
            process.stderr.write(`journey-language-server: cannot read an LSP message header, the stream is out of step: ${error.message.split('\n')[0]}\n`);
            process.exit(1);
        });
        return listen.call(this, callback);
    };
}
