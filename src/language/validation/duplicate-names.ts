import { AstUtils, UriUtils, type AstNode, type AstNodeLocator, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { LangiumCoreServices, URI } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import { withArticle } from '../element-kinds.js';
import { recoveryGuessOffset } from '../recovery-noise.js';
import type { Journey, Model, Stage, Touchpoint } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText, localKindWord, type LanguageMessageKey } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';
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

    constructor(services: LangiumCoreServices, private readonly names: WorkspaceNames, private readonly localeAt: (node: AstNode) => Locale = () => 'en') {
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
            const locale = this.localeAt(element);
            const path = this.locator.getAstNodePath(element);
            const others = this.names.named(element.$type, element.name)
                .filter(d => !(UriUtils.equals(d.documentUri, document.uri) && d.path === path))
                .filter(d => !this.isRecoveryGuess(d.documentUri, d.nameSegment?.offset));
            if (others.length === 0) continue;
            const places = others.map(d => {
                const line = d.nameSegment ? d.nameSegment.range.start.line + 1 : undefined;
                const file = UriUtils.relative(UriUtils.dirname(document.uri), d.documentUri);
                return line ? languageText(locale, 'duplicate-name.place-line', { file, line }) : file;
            });
            const related: DiagnosticRelatedInformation[] = others
                .filter(d => d.nameSegment)
                .map(d => ({
                    location: { uri: d.documentUri.toString(), range: d.nameSegment!.range },
                    message: languageText(locale, 'duplicate-name.also-declared'),
                }));
            accept(LANGUAGE_CODES[DiagnosticCode.DuplicateName].severity,
                languageText(locale, 'duplicate-name.workspace', { kind: localKindWord(locale, element.$type), name: element.name, places: places.join(', ') }),
                { node: element, property: 'name', code: DiagnosticCode.DuplicateName, relatedInformation: related });
        }
    }

    checkJourneyNames(journey: Journey, accept: ValidationAcceptor): void {
        if (!journey.name) return; // a syntax error is already reported
        const stages: Stage[] = journey.stages;
        const touchpoints: Touchpoint[] = stages.flatMap(s => s.touchpoints);
        const locale = this.localeAt(journey);
        const where = (key: LanguageMessageKey, name: string) => languageText(locale, key, { name });
        const inJourney = where('duplicate-name.in-journey', journey.name);
        reportLocalDuplicates(stages, inJourney, accept, locale);
        reportLocalDuplicates(touchpoints, inJourney, accept, locale);
        reportLocalDuplicates(journey.improvements, inJourney, accept, locale);
        reportLocalDuplicates(journey.metrics, where('duplicate-name.on-journey', journey.name), accept, locale);
        for (const stage of stages) {
            reportLocalDuplicates(stage.metrics, where('duplicate-name.on-stage', stage.name), accept, locale);
            for (const touchpoint of stage.touchpoints) {
                reportLocalDuplicates(touchpoint.metrics, where('duplicate-name.on-touchpoint', touchpoint.name), accept, locale);
            }
        }
    }
}

function reportLocalDuplicates(elements: Named[], where: string, accept: ValidationAcceptor, locale: Locale): void {
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
            languageText(locale, 'duplicate-name.local', {
                kindWithArticle: locale === 'en' ? withArticle(localKindWord(locale, element.$type)) : localKindWord(locale, element.$type),
                name: element.name, where, line: firstLine,
            }),
            {
                node: element, property: 'name', code: DiagnosticCode.DuplicateName,
                relatedInformation: first.$cstNode ? [{
                    location: { uri: document.uri.toString(), range: first.$cstNode.range },
                    message: languageText(locale, 'duplicate-name.first-declared'),
                }] : undefined,
            });
    }
}
