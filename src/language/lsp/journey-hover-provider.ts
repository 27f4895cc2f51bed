import { AstUtils, GrammarUtils, type AstNode, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import { isChannel, isPersona, isStakeholder, isTouchpoint } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import type { WorkspaceAnalysis } from '../gaps/workspace-analysis.js';
import type { Source } from '../../model/journey-model.js';
import { touchpointsOf } from '../../model/journey-model.js';
import { channelHover, personaHover, stakeholderHover, touchpointHover } from './hover-content.js';

/**
 * Hovers on touchpoints, stakeholders, channels and personas, on their declaration's name or
 * on a reference to them (the base class resolves both to the declared node).
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {
    private readonly analysis: WorkspaceAnalysis;

    constructor(services: JourneyServices) {
        super(services);
        this.analysis = services.gaps.Analysis;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const model = this.analysis.getModel();
        const isAt = (source: Source) => this.isDeclaredAt(node, source);
        if (isTouchpoint(node)) {
            const touchpoint = model.journeys.flatMap(touchpointsOf).find(t => isAt(t.source));
            return touchpoint && touchpointHover(model, this.analysis.getGaps(), touchpoint);
        }
        if (isStakeholder(node)) {
            const stakeholder = model.stakeholders.find(s => isAt(s.source));
            return stakeholder && stakeholderHover(model, stakeholder);
        }
        if (isChannel(node)) {
            const channel = model.channels.find(c => isAt(c.source));
            return channel && channelHover(model, channel);
        }
        if (isPersona(node)) {
            const persona = model.personas.find(p => isAt(p.source));
            return persona && personaHover(model, persona);
        }
        return undefined;
    }

    /** Whether the model element at `source` is this syntax node (same file, same name position). */
    private isDeclaredAt(node: AstNode, source: Source): boolean {
        const start = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range.start;
        const at = source.nameRange?.start;
        return source.uri === AstUtils.getDocument(node).uri.toString()
            && start !== undefined && at !== undefined && start.line === at.line && start.character === at.character;
    }
}
