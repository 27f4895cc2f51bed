import { CstUtils, type ValidationAcceptor } from 'langium';
import type { Emotion } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/** `emotion 1e3` or `emotion 2abc`: a word glued to the score is almost always a typo. */
export function checkFeelingIsSeparate(emotion: Emotion, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    const cst = emotion.$cstNode;
    if (!cst || emotion.feeling === undefined) return;
    const leaves = [...CstUtils.flattenCst(cst)].filter(leaf => !leaf.hidden);
    const last = leaves.findLast(leaf => /^[0-9]/.test(leaf.text));
    const next = last ? leaves[leaves.indexOf(last) + 1] : undefined;
    if (last && next && next.offset === last.end) {
        accept(LANGUAGE_CODES[DiagnosticCode.EmotionOutOfRange].severity,
            languageText(locale, 'feeling-word.message', { text: `${last.text}${next.text}`, feeling: next.text }),
            { node: emotion, range: { start: last.range.start, end: next.range.end }, code: DiagnosticCode.EmotionOutOfRange });
    }
}
