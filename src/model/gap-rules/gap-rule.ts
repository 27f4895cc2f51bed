import type { GapContext } from '../gap-context.js';
import type { GapFinding, Severity } from '../gap.js';

/** One gap rule: a stable code, a default severity, and a pure check over the model. */
export interface GapRule {
    code: string;
    defaultSeverity: Severity;
    /** 'map': a hole in one map; 'journey': a difference between an actual and an ideal journey. */
    family: 'map' | 'journey';
    /**
     * What a finding can depend on, so that a change re-runs only what it can affect:
     * 'journey': one journey (with the workspace's declarations); 'pair': one actual journey and
     * the ideal journey that improves it; 'workspace': everything.
     */
    scope: 'journey' | 'pair' | 'workspace';
    /** One line for the README and the rule's page. */
    summary: string;
    check(context: GapContext): GapFinding[];
}
