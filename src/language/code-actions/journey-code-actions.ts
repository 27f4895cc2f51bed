import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { DEFAULT_LOCALE } from '../../i18n/locales.js';
import { DiagnosticCode } from '../validation/diagnostic-codes.js';
import type { Model } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { addOwner } from './add-owner.js';
import { copyIdealTouchpoint } from './copy-ideal-touchpoint.js';
import { fixUnresolvedReference } from './declare-missing.js';
import type { FixContext, QuickFix } from './fix-context.js';
import { improvementStub } from './improvement-stub.js';
import { setPriority } from './set-priority.js';

const FIXES: Record<string, QuickFix> = {
    'missing-owner': addOwner,
    'moment-of-truth-at-risk': addOwner,
    'unaddressed-pain': improvementStub,
    'ideal-step-missing': copyIdealTouchpoint,
    'improvement-without-priority': setPriority,
};

/** Quick fixes for gap and language diagnostics. */
export class JourneyCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: JourneyServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const context: FixContext = {
            document: document as LangiumDocument<Model>,
            documents: this.services.shared.workspace.LangiumDocuments,
            model: this.services.gaps.Analysis.getModel(),
            locale: this.services.gaps.Settings.settings.locale ?? DEFAULT_LOCALE,
        };
        const actions = params.context.diagnostics.flatMap(diagnostic => {
            if (diagnostic.code === DiagnosticCode.UnresolvedReference) {
                return fixUnresolvedReference(context, diagnostic, this.services.shared.AstReflection);
            }
            const fix = typeof diagnostic.code === 'string' ? FIXES[diagnostic.code] : undefined;
            return fix ? fix(context, diagnostic) : [];
        });
        // Two diagnostics on one touchpoint (missing-owner and an unowned moment of truth) offer the same edits once.
        const seen = new Set<string>();
        return actions.filter(action => {
            const key = `${action.title}\u0000${JSON.stringify(action.edit)}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        });
    }
}
