import type { Range } from './journey-model.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSeverity = Severity | 'off';

export interface GapLocation {
    uri: string;
    range: Range;
}

export interface RelatedLocation {
    location: GapLocation;
    message: string;
}

/** What a rule finds, before severity settings are applied. */
export interface GapFinding {
    message: string;
    location: GapLocation;
    /** The journey the gap belongs to (for declarations: none). */
    journey?: string;
    /** The other side of the gap, where there is one. */
    related: RelatedLocation[];
    /** Names quick fixes need: the touchpoint, the journey, the ideal journey, … */
    data?: Record<string, string>;
}

export interface Gap extends GapFinding {
    code: string;
    severity: Severity;
}
