import { AstUtils, UriUtils, type AstNode, type AstNodeLocator, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { LangiumCoreServices, URI } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import { kindWord, withArticle } from '../element-kinds.js';
import { recoveryGuessOffset } from '../recovery-noise.js';
import type { Journey, Model, Stage, Touchpoint } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import type { WorkspaceNames } from './workspace-names.js';

type Named = AstNode & { name: string };

/**
 * Names must be unique where they are looked up: personas, stakeholders, channels and
 * journeys across the whole workspace (they are shared between files); stages, touchpoints
 * and improvements within their journey; metrics within their element.
 */
export class DuplicateNameChecks {
    private readonly locator: AstNodeLocator;
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumCoreServices, private readonly names: WorkspaceNames) {
        this.locator = services.workspace.AstNodeLocator;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** A declaration the parser read past a syntax error of its file is its guess, not the author's. */
    private isRecoveryGuess(uri: URI, offset: number | undefined): boolean {
        const document = this.documents.getDocument(uri);
        const first = document && recoveryGuessOffset(document);
        return first !== undefined && offset !== undefined && offset >= first;
    }

    checkWorkspaceNames(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const element of model.elements) {
            if (!element.name) continue;
            const path = this.locator.getAstNodePath(element);
            const others = this.names.named(element.$type, element.name)
                .filter(d => !(UriUtils.equals(d.documentUri, document.uri) && d.path === path))
                .filter(d => !this.isRecoveryGuess(d.documentUri, d.nameSegment?.offset));
            if (others.length === 0) continue;
            const places = others.map(d => {
                const line = d.nameSegment ? d.nameSegment.range.start.line + 1 : undefined;
                return `${UriUtils.relative(UriUtils.dirname(document.uri), d.documentUri)}${line ? ` line ${line}` : ''}`;
            });
            const related: DiagnosticRelatedInformation[] = others
                .filter(d => d.nameSegment)
                .map(d => ({
                    location: { uri: d.documentUri.toString(), range: d.nameSegment!.range },
                    message: `Also declared here`,
                }));
            accept(LANGUAGE_CODES[DiagnosticCode.DuplicateName].severity,
                `There is more than one ${kindWord(element.$type)} named '${element.name}' (also in ${places.join(', ')}). Rename one of them.`,
                { node: element, property: 'name', code: DiagnosticCode.DuplicateName, relatedInformation: related });
        }
    }

    checkJourneyNames(journey: Journey, accept: ValidationAcceptor): void {
        if (!journey.name) return; // a syntax error is already reported
        const stages: Stage[] = journey.stages;
        const touchpoints: Touchpoint[] = stages.flatMap(s => s.touchpoints);
        reportLocalDuplicates(stages, `in journey '${journey.name}'`, accept);
        reportLocalDuplicates(touchpoints, `in journey '${journey.name}'`, accept);
        reportLocalDuplicates(journey.improvements, `in journey '${journey.name}'`, accept);
        reportLocalDuplicates(journey.metrics, `on journey '${journey.name}'`, accept);
        for (const stage of stages) {
            reportLocalDuplicates(stage.metrics, `on stage '${stage.name}'`, accept);
            for (const touchpoint of stage.touchpoints) {
                reportLocalDuplicates(touchpoint.metrics, `on touchpoint '${touchpoint.name}'`, accept);
            }
        }
    }
}

function reportLocalDuplicates(elements: Named[], where: string, accept: ValidationAcceptor): void {
    const firstByName = new Map<string, Named>();
    for (const element of elements) {
        if (!element.name) continue;
        const first = firstByName.get(element.name);
        if (!first) {
            firstByName.set(element.name, element);
            continue;
        }
        const firstLine = (first.$cstNode?.range.start.line ?? 0) + 1;
        const document = AstUtils.getDocument(element);
        accept(LANGUAGE_CODES[DiagnosticCode.DuplicateName].severity,
            `There is already ${withArticle(kindWord(element.$type))} named '${element.name}' ${where} (line ${firstLine}). Rename one of them.`,
            {
                node: element, property: 'name', code: DiagnosticCode.DuplicateName,
                relatedInformation: first.$cstNode ? [{
                    location: { uri: document.uri.toString(), range: first.$cstNode.range },
                    message: 'First declared here',
                }] : undefined,
            });
    }
}
