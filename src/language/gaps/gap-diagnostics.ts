import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Model } from '../generated/ast.js';
import { ruleDocHref } from './rule-docs.js';
import type { WorkspaceAnalysis } from './workspace-analysis.js';

/** Reports the gaps that fall in this document as its diagnostics. */
export function checkGaps(analysis: WorkspaceAnalysis, model: Model, accept: ValidationAcceptor): void {
    const uri = AstUtils.getDocument(model).uri.toString();
    for (const gap of analysis.gapsIn(uri)) {
        const href = ruleDocHref(gap.code);
        accept(gap.severity, gap.message, {
            node: model,
            range: gap.location.range,
            code: gap.code,
            codeDescription: href ? { href } : undefined,
            relatedInformation: gap.related.length > 0
                ? gap.related.map(r => ({ location: { uri: r.location.uri, range: r.location.range }, message: r.message }))
                : undefined,
            data: { code: gap.code, ...gap.data },
        });
    }
}
