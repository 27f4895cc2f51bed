import { METADATA_PREFIX, readMetadata, type MetadataRecord } from './mermaid-metadata.js';
import { decodeMermaidText } from './mermaid-text.js';

/**
 * Reads the lines of a Mermaid journey diagram the way Mermaid's journey grammar
 * (journey.jison, mermaid 11–12) does, and reports, line by line, where Mermaid silently shows
 * something else than the author wrote or rejects the diagram. Where the author's intent is
 * plain, it is what gets read; each warning says what Mermaid does instead.
 *
 * What the lexer does, in short: entity codes (`#58;`) are replaced first; then at the start
 * of a line `journey`, `title `, `section `, `accTitle:`, `accDescr` and comments (`%…`,
 * `#…`) are tried before a task name; a task name runs to the first `:`, `#` or `;`; the
 * task data `: score: actors` runs to `#` or `;`; a `#` starts a comment to the end of the
 * line; a `;` is no token at all. The score is `Number()` of the text before the second `:`,
 * the actors are the text up to the third `:`, split at `,` and trimmed.
 */
export interface ReadWarning {
    line: number;
    column: number;
    message: string;
}

export interface TaskLine {
    kind: 'task';
    line: number;
    column: number;
    text: string;
    /** A whole score on the 1–5 scale, or undefined when there was none to read. */
    score?: number;
    actors: string[];
}

export interface SectionLine {
    kind: 'section';
    line: number;
    column: number;
    text: string;
}

export interface RecordLine {
    kind: 'record';
    line: number;
    column: number;
    record: MetadataRecord;
}

export type Statement = TaskLine | SectionLine | RecordLine;

export interface MermaidJourney {
    title?: string;
    accDescription?: string;
    /** Where an `accTitle:` line is: the journey has no place for it unless it came from our own export. */
    accTitle?: { line: number; column: number; text: string };
    statements: Statement[];
    warnings: ReadWarning[];
}

/** The input is not a Mermaid journey diagram at all. */
export class NotAMermaidJourney extends Error {
    constructor(readonly line: number, readonly column: number, message: string) {
        super(message);
    }
}

export function readMermaidJourney(source: string): MermaidJourney {
    return new Reader(source.split(/\r\n|\r|\n/)).read();
}

/** Offsets into one line, as 1-based columns in UTF-16 code units (as `journey check` counts). */
interface Piece {
    text: string;
    start: number;
}

class Reader {
    private readonly result: MermaidJourney = { statements: [], warnings: [] };
    private lineNo = 0;

    constructor(private readonly lines: string[]) {}

    read(): MermaidJourney {
        let index = this.skipFrontMatter();
        while (index < this.lines.length && isBlankOrComment(this.lines[index])) index++;
        if (index >= this.lines.length) {
            throw new NotAMermaidJourney(Math.min(index, this.lines.length - 1) + 1, 1, 'not a Mermaid journey diagram: there is no diagram in it');
        }
        const header = this.lines[index];
        const start = header.length - header.trimStart().length;
        if (!/^journey(?![\w])/.test(header.slice(start))) {
            const first = header.slice(start).split(/\s+/)[0];
            throw new NotAMermaidJourney(index + 1, start + 1,
                `not a Mermaid journey diagram: it starts with '${first}' (a journey diagram starts with the line 'journey')`);
        }
        this.lineNo = index + 1;
        const after = start + 'journey'.length;
        if (header.slice(after).trim()) this.statement(header, after);
        for (index++; index < this.lines.length; index++) {
            this.lineNo = index + 1;
            const line = this.lines[index];
            if (/^\s*accDescr\s*\{/i.test(line)) index = this.accDescriptionBlock(index);
            else this.statement(line, 0);
        }
        this.result.warnings.sort((a, b) => a.line - b.line || a.column - b.column);
        return this.result;
    }

    /** YAML front matter (`---` … `---`): only its `title:` matters here. */
    private skipFrontMatter(): number {
        if (this.lines[0]?.trim() !== '---') return 0;
        const end = this.lines.findIndex((line, i) => i > 0 && line.trim() === '---');
        if (end < 0) throw new NotAMermaidJourney(1, 1, 'not a Mermaid journey diagram: its front matter (---) is never closed');
        for (const line of this.lines.slice(1, end)) {
            const title = /^title:\s*(.*?)\s*$/.exec(line);
            if (title) this.result.title = title[1].replace(/^(["'])(.*)\1$/, '$2');
        }
        return end + 1;
    }

    private accDescriptionBlock(index: number): number {
        const open = this.lines[index].indexOf('{');
        const parts: string[] = [];
        let text = this.lines[index].slice(open + 1);
        for (;;) {
            const close = text.indexOf('}');
            if (close >= 0) {
                parts.push(text.slice(0, close));
                break;
            }
            parts.push(text);
            if (++index >= this.lines.length) break;
            text = this.lines[index];
        }
        this.result.accDescription = parts.map(p => p.trim()).filter(Boolean).join('\n');
        return index;
    }

    private warn(offset: number, message: string): void {
        this.result.warnings.push({ line: this.lineNo, column: offset + 1, message });
    }

    private statement(line: string, from: number): void {
        const start = from + (line.length - from - line.slice(from).trimStart().length);
        const body = line.slice(start).trimEnd();
        if (!body) return;
        if (body.startsWith('%%')) {
            this.metadata(body, start);
            return;
        }
        if (body.startsWith('%') || (body.startsWith('#') && !/^#\w+;/.test(body))) {
            // A whole-line comment to Mermaid; a line that reads like a task was most likely meant as one.
            if (!looksLikeTask(body)) return;
            const code = body.startsWith('%') ? '#37;' : '#35;';
            this.warn(start, `Mermaid reads a line that starts with '${body[0]}' as a comment, so it does not show this task; imported as a task. Write ${code} for the '${body[0]}'.`);
            this.task(line, start, start + 1);
            return;
        }
        if (/^journey\b/i.test(body)) {
            if (looksLikeTask(body)) {
                this.warn(start, `this task starts with 'journey', which Mermaid reads as the diagram keyword, so it rejects the diagram; imported as a task. Write ${entityOf(body)} for its first letter.`);
                this.task(line, start);
            } else {
                this.warn(start, `a second 'journey' line: Mermaid rejects the diagram; ignored`);
            }
            return;
        }
        if (/^title\s/i.test(body)) {
            if (looksLikeTask(body)) {
                const shown = cutAt(body.slice(6), ['#', ';']);
                this.warn(start, `this task starts with 'title', so Mermaid reads the whole line as the diagram's title ('${decodeMermaidText(shown).trim()}') and the task is lost; imported as a task. Write ${entityOf(body)} for its first letter.`);
                this.task(line, start);
            } else {
                const title = this.text(line, start + 6, 'the title').trim();
                if (this.result.title !== undefined) {
                    this.warn(start, `a second title: Mermaid shows only the last one ('${title}'), so '${this.result.title}' is not shown; the last one is imported`);
                }
                this.result.title = title;
            }
            return;
        }
        if (/^accTitle\s*:/i.test(body)) {
            this.result.accTitle = { line: this.lineNo, column: start + 1, text: decodeMermaidText(body.slice(body.indexOf(':') + 1)).trim() };
            return;
        }
        if (/^accDescr\s*:/i.test(body)) {
            this.result.accDescription = decodeMermaidText(body.slice(body.indexOf(':') + 1)).trim();
            return;
        }
        if (/^section\s/i.test(body)) {
            if (looksLikeTask(body)) {
                this.warn(start, `this task starts with 'section', so Mermaid reads a section there and then rejects the diagram; imported as a task. Write ${entityOf(body)} for its first letter.`);
                this.task(line, start);
            } else {
                this.section(line, start);
            }
            return;
        }
        this.task(line, start);
    }

    private metadata(body: string, start: number): void {
        if (!body.startsWith(METADATA_PREFIX)) return; // an ordinary comment
        const read = readMetadata(body.slice(METADATA_PREFIX.length));
        if (!read.ok) {
            this.warn(start, read.problem);
            return;
        }
        for (const problem of read.problems) this.warn(start, problem);
        this.result.statements.push({ kind: 'record', line: this.lineNo, column: start + 1, record: read.record });
    }

    private section(line: string, start: number): void {
        const from = start + 'section '.length;
        const colon = literalIndex(line, ':', from);
        if (colon >= 0) {
            this.warn(colon, `Mermaid ends a section name at ':' and then rejects the diagram; imported as written. Write #58; for a ':' in a name.`);
        }
        const text = this.text(line, from, 'the section name').trim();
        if (!text) {
            this.warn(start, `a section without a name; Mermaid rejects the diagram`);
            return;
        }
        this.result.statements.push({ kind: 'section', line: this.lineNo, column: start + 1, text });
    }

    /**
     * Text up to the end of the line, decoded, after warning about a `#` (Mermaid drops the
     * rest of the line) and a `;` (Mermaid rejects the diagram). The text is kept as written.
     */
    private text(line: string, from: number, what: string): string {
        this.warnHashAndSemicolon(line, from, from, what);
        return decodeMermaidText(line.slice(from));
    }

    /** `scoreAt`: where the task data starts, to say whether a `#` costs the task its score. */
    private warnHashAndSemicolon(line: string, from: number, scoreAt: number, what: string): void {
        const hash = literalIndex(line, '#', from);
        if (hash >= 0) {
            const rest = line.slice(hash).trimEnd();
            this.warn(hash, hash < scoreAt
                ? `Mermaid reads '#' as the start of a comment, so this task loses its score and Mermaid rejects the diagram; imported as written. Write #35; for a '#' that Mermaid shows.`
                : `Mermaid reads '#' as the start of a comment and does not show the rest of the line ('${rest}') in ${what}; imported as written. Write #35; for a '#' that Mermaid shows.`);
        }
        const semicolon = literalIndex(line, ';', from);
        if (semicolon >= 0) {
            this.warn(semicolon, `Mermaid does not accept ';' in a journey line and rejects the diagram; imported as written. Write #59; for a ';'.`);
        }
    }

    /** `scanFrom`: where to look for a `#` or `;` to warn about (past one already warned about). */
    private task(line: string, start: number, scanFrom = start): void {
        const parts = splitLiteral(line.slice(start, line.trimEnd().length), ':', start);
        const name = parts[0];
        if (parts.length === 1) {
            this.warnHashAndSemicolon(line, scanFrom, Infinity, 'the task');
            this.warn(start, `this task has no score (': 1' to ': 5' after its name), so Mermaid rejects the diagram; imported without an emotion`);
            this.pushTask(start, decodeMermaidText(name.text).trim(), undefined, []);
            return;
        }
        if (!name.text.trim()) {
            this.warn(start, `a task line that starts with ':' has no task name; Mermaid rejects the diagram; not imported`);
            return;
        }
        const k = scoreIndex(parts);
        this.warnHashAndSemicolon(line, scanFrom, parts[k].start - 1, 'the task');
        const taskName = parts.slice(0, k).map(p => p.text).join(':');
        if (k > 1) {
            const actors = parts[2] ? splitLiteral(parts[2].text, ',', 0).map(a => decodeMermaidText(a.text).trim()) : [];
            this.warn(parts[1].start - 1,
                `':' in a task name: Mermaid ends the name here and shows task '${decodeMermaidText(name.text).trim()}' with score '${parts[1].text.trim()}'`
                + `${actors.length ? ` and actors '${actors.join(', ')}'` : ''}; imported as task '${decodeMermaidText(taskName).trim()}' with score ${parts[k].text.trim()}. Write #58; for a ':' in a name.`);
        }
        const score = this.score(parts[k]);
        const actorPieces = parts.slice(k + 1);
        if (actorPieces.length > 1) {
            const dropped = actorPieces.slice(1).map(p => `:${p.text}`).join('');
            this.warn(actorPieces[1].start - 1, `Mermaid reads the actors only up to this ':' and drops '${dropped.trim()}'; imported as part of the actor names. Write #58; for a ':' in a name.`);
        }
        const actors: string[] = [];
        if (actorPieces.length > 0) {
            const joined: Piece = { text: actorPieces.map(p => p.text).join(':'), start: actorPieces[0].start };
            const names = splitLiteral(joined.text, ',', joined.start);
            names.forEach((piece, i) => {
                const actor = decodeMermaidText(piece.text).trim();
                if (actor) {
                    actors.push(actor);
                } else if (names.length === 1) {
                    this.warn(piece.start - 1, `nothing after this ':': Mermaid reads an empty actor name and adds a nameless actor to the legend; ignored`);
                } else {
                    this.warn(i === 0 ? piece.start + piece.text.length : names[i - 1].start + names[i - 1].text.length,
                        `an empty actor name (from a ',' with no name ${i === 0 ? 'before' : 'after'} it): Mermaid adds a nameless actor to the legend; ignored`);
                }
            });
        }
        this.pushTask(start, decodeMermaidText(taskName).trim(), score, actors);
    }

    private score(piece: Piece): number | undefined {
        const offset = piece.start + (piece.text.length - piece.text.trimStart().length);
        let written = piece.text.trim();
        const hash = literalIndex(written, '#', 0);
        if (hash >= 0) written = written.slice(0, hash).trim();
        if (!written) {
            this.warn(piece.start - 1, `the score is missing: Mermaid reads it as 0, below its 1–5 scale; imported without an emotion`);
            return undefined;
        }
        const value = Number(written);
        if (Number.isNaN(value)) {
            this.warn(offset, `the score '${written}' is not a number, so Mermaid cannot place the task on its 1–5 scale; imported without an emotion`);
            return undefined;
        }
        if (!Number.isInteger(value) || value < 1 || value > 5) {
            const imported = Math.min(5, Math.max(1, Math.round(value)));
            this.warn(offset, `the score ${written} is not a whole number from 1 to 5, so Mermaid draws the task off its scale; imported as emotion ${imported}`);
            return imported;
        }
        return value;
    }

    private pushTask(start: number, text: string, score: number | undefined, actors: string[]): void {
        this.result.statements.push({ kind: 'task', line: this.lineNo, column: start + 1, text, score, actors });
    }
}

function isBlankOrComment(line: string): boolean {
    const text = line.trim();
    return !text || text.startsWith('%%');
}

/** A line with `: <digit>` after a name reads as a task ("Title page: 3: Me"), not as a title or comment. */
function looksLikeTask(body: string): boolean {
    return /[^:]:\s*[0-9](\.[0-9]+)?\s*(:|$)/.test(body);
}

function entityOf(text: string): string {
    return `#${text.codePointAt(0)};`;
}

/** Where entity codes (`#58;`, `#quot;`) are in a line: their characters are not special. */
function entitySpans(line: string): Array<[number, number]> {
    return [...line.matchAll(/#\w+;/g)].map(m => [m.index, m.index + m[0].length]);
}

function isLiteral(spans: Array<[number, number]>, at: number): boolean {
    return !spans.some(([from, to]) => at >= from && at < to);
}

function literalIndex(line: string, ch: string, from: number): number {
    const spans = entitySpans(line);
    for (let i = line.indexOf(ch, from); i >= 0; i = line.indexOf(ch, i + 1)) {
        if (isLiteral(spans, i)) return i;
    }
    return -1;
}

/** Splits at each `ch` that is not part of an entity code; `start` is where `text` sits in its line. */
function splitLiteral(text: string, ch: string, start: number): Piece[] {
    const spans = entitySpans(text);
    const pieces: Piece[] = [];
    let from = 0;
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
        if (!isLiteral(spans, i)) continue;
        pieces.push({ text: text.slice(from, i), start: start + from });
        from = i + 1;
    }
    pieces.push({ text: text.slice(from), start: start + from });
    return pieces;
}

/** The text up to the first of `stops` (Mermaid's token end), ignoring entity codes. */
function cutAt(text: string, stops: string[]): string {
    const ends = stops.map(stop => literalIndex(text, stop, 0)).filter(i => i >= 0);
    return ends.length ? text.slice(0, Math.min(...ends)) : text;
}

/**
 * Which `:`-separated piece is the score. Mermaid always takes the second; when that is no
 * score and a later piece is one, the author wrote a ':' inside the task name.
 */
function scoreIndex(parts: Piece[]): number {
    const isScore = (piece: Piece) => /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(piece.text);
    const isWholeScore = (piece: Piece) => isScore(piece) && [1, 2, 3, 4, 5].includes(Number(piece.text));
    if (isWholeScore(parts[1]) || parts.length === 2) return 1;
    const whole = parts.findIndex((piece, i) => i > 1 && isWholeScore(piece));
    if (whole > 0) return whole;
    if (isScore(parts[1])) return 1;
    const any = parts.findIndex((piece, i) => i > 1 && isScore(piece));
    return any > 0 ? any : 1;
}
