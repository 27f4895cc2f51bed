import { CstUtils, type ValidationAcceptor } from 'langium';
import type { Emotion } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';

/** `emotion 1e3` or `emotion 2abc`: a word glued to the score is almost always a typo. */
export function checkFeelingIsSeparate(emotion: Emotion, accept: ValidationAcceptor): void {
    const cst = emotion.$cstNode;
    if (!cst || emotion.feeling === undefined) return;
    const leaves = [...CstUtils.flattenCst(cst)].filter(leaf => !leaf.hidden);
    const last = leaves.findLast(leaf => /^[0-9]/.test(leaf.text));
    const next = last ? leaves[leaves.indexOf(last) + 1] : undefined;
    if (last && next && next.offset === last.end) {
        accept(LANGUAGE_CODES[DiagnosticCode.EmotionOutOfRange].severity,
            `'${last.text}${next.text}' is not an emotion score. Write a whole number from 1 to 5, then a space and the feeling, for example 'emotion 2 ${next.text}'.`,
            { node: emotion, range: { start: last.range.start, end: next.range.end }, code: DiagnosticCode.EmotionOutOfRange });
    }
}
