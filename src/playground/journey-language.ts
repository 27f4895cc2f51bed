import { StreamLanguage, type StringStream } from '@codemirror/language';

interface State {
    /** Inside a block comment that runs past the end of a line. */
    inComment: boolean;
}

// The grammar's terminals (src/language/journey.langium), for a stream tokenizer.
const ID = /^[\p{L}_][\p{L}\p{M}\p{N}_]*/u;
const NUMBER = /^[0-9]+(\.[0-9]+)?%?/;
const STRING = /^("(\\.|[^"\\\r\n])*"?|'(\\.|[^'\\\r\n])*'?)/;

/**
 * Highlighting for .journey text: the grammar's keywords (passed in, read from the generated
 * grammar at build time), strings, numbers and comments. Names are left plain: which word is a
 * keyword and which a name depends on where it stands, which only the parser knows.
 */
export function journeyLanguage(keywords: readonly string[]): StreamLanguage<State> {
    const words = new Set(keywords.filter(k => ID.test(k)));
    return StreamLanguage.define<State>({
        name: 'journey',
        startState: () => ({ inComment: false }),
        copyState: state => ({ ...state }),
        token(stream: StringStream, state: State): string | null {
            if (state.inComment) {
                if (stream.match(/^.*?\*\//)) state.inComment = false;
                else stream.skipToEnd();
                return 'comment';
            }
            if (stream.eatSpace()) return null;
            if (stream.match('//')) {
                stream.skipToEnd();
                return 'comment';
            }
            if (stream.match('/*')) {
                state.inComment = !stream.match(/^.*?\*\//);
                if (state.inComment) stream.skipToEnd();
                return 'comment';
            }
            if (stream.match(STRING)) return 'string';
            if (stream.match(NUMBER)) return 'number';
            const word = stream.match(ID);
            if (word && typeof word !== 'boolean') return words.has(word[0]) ? 'keyword' : 'variableName';
            if (stream.match(/^[{}]/)) return 'brace';
            if (stream.match(/^[,<>=-]+/)) return 'operator';
            stream.next();
            return null;
        },
        languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } }, closeBrackets: { brackets: ['{', '"'] } },
    });
}
