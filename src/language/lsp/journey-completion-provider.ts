import { AstUtils, GrammarAST, GrammarUtils, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { touchpointsOf } from '../../model/journey-model.js';
import { isJourney, isTouchpoint, type Journey } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { ELEMENT_SNIPPETS } from './completion-snippets.js';
import { EMOTION_SCALE, FEELING_WORDS, PRIORITIES } from './completion-values.js';
import { summaryOf, titleOf } from './reference-summary.js';

/**
 * Completion for .journey maps: Langium's keywords and references, plus references with
 * their titles, value lists (emotion, feeling, priority), element snippets and, in an ideal
 * journey, the actual journey's touchpoints it does not have yet.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly services: JourneyServices;

    constructor(services: JourneyServices) {
        super(services);
        this.services = services;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Datatype rules (Name, Feeling, SignedNumber) are expanded into their tokens, so the
        // property being completed is the reliable sign of where the cursor is.
        const owner = next.type ?? context.node?.$type;
        // SignedNumber also starts metric quantities and carries no property here: look at the word before.
        if (this.ruleOf(next) === 'SignedNumber' && /\bemotion\s*$/.test(context.textDocument.getText().slice(0, context.tokenOffset))) {
            return this.completeEmotionScore(context, acceptor);
        }
        if (next.property === 'feeling' && owner === 'Emotion') this.completeFeeling(context, acceptor);
        if (next.property === 'name' && owner === 'Touchpoint') return this.completeIdealTouchpoint(context, acceptor);
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Feeling admits the level words ('emotion 2 low') only so they need no quotes; offering
        // `low`, `medium`, `high` and `up` as feelings is noise beside the real feeling words.
        if (AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'Feeling') return;
        const priority = PRIORITIES[keyword.value];
        if (priority) {
            acceptor(context, { label: keyword.value, kind: CompletionItemKind.EnumMember, detail: priority, sortText: `0${keyword.value}` });
            return;
        }
        const snippet = ELEMENT_SNIPPETS[keyword.value];
        // The keyword of an element that may start here: offer the whole element as well.
        if (snippet) {
            acceptor(context, {
                label: snippet.label, filterText: keyword.value, detail: snippet.detail, kind: CompletionItemKind.Snippet,
                insertText: snippet.body, insertTextFormat: InsertTextFormat.Snippet, sortText: `2${keyword.value}`,
            });
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        const summary = summaryOf(node);
        return {
            ...item,
            detail: titleOf(node) ?? nodeDescription.type,
            documentation: summary ? { kind: 'markdown', value: summary } : item.documentation,
        };
    }

    private ruleOf(next: NextFeature): string | undefined {
        return AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
    }

    private completeEmotionScore(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const { score, label } of EMOTION_SCALE) {
            acceptor(context, { label: String(score), detail: label, kind: CompletionItemKind.Value, sortText: `0${score}` });
        }
    }

    private completeFeeling(context: CompletionContext, acceptor: CompletionAcceptor): void {
        FEELING_WORDS.forEach((word, index) => acceptor(context, {
            label: word, detail: 'feeling', kind: CompletionItemKind.Value, sortText: `1${String(index).padStart(2, '0')}`,
        }));
    }

    /** In an ideal journey: the actual journey's touchpoints that the ideal one lacks. */
    private completeIdealTouchpoint(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const journey = context.node && AstUtils.getContainerOfType(context.node, isJourney);
        if (!journey?.ideal || !journey.improves) return;
        const actual = this.services.gaps.Analysis.getModel().journeys
            .find(j => j.kind === 'actual' && j.name === journey.improves!.$refText);
        if (!actual) return;
        const used = this.usedTouchpointNames(journey, context.offset);
        for (const touchpoint of touchpointsOf(actual)) {
            if (used.has(touchpoint.name)) continue;
            const fields = [
                touchpoint.channel && `\tchannel \${1:${touchpoint.channel.name}}`,
                touchpoint.owner && `\towner \${2:${touchpoint.owner.name}}`,
                '\temotion ${3:4}',
                '\t$0',
            ].filter(Boolean);
            acceptor(context, {
                label: touchpoint.name, detail: touchpoint.title ?? `from ${actual.name}`, kind: CompletionItemKind.Snippet,
                documentation: { kind: 'markdown', value: `Touchpoint of the actual journey \`${actual.name}\`, stage \`${touchpoint.stage}\`${touchpoint.emotion ? `, emotion ${touchpoint.emotion.score}` : ''}.` },
                insertText: `${touchpoint.name} {\n${fields.join('\n')}\n}`, insertTextFormat: InsertTextFormat.Snippet,
                sortText: `0${String(touchpoint.index).padStart(4, '0')}`,
            });
        }
    }

    /** Touchpoint names of the ideal journey, except the one being typed at `offset`. */
    private usedTouchpointNames(journey: Journey, offset: number): Set<string> {
        const names = new Set<string>();
        for (const node of AstUtils.streamAllContents(journey)) {
            if (!isTouchpoint(node)) continue;
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (nameNode && nameNode.offset <= offset && offset <= nameNode.end) continue;
            names.add(node.name);
        }
        return names;
    }
}
