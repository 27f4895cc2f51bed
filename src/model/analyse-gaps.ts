import { createGapContext } from './gap-context.js';
import { compareText } from './text-order.js';
import type { Gap } from './gap.js';
import { DEFAULT_SETTINGS, resolveSeverity, type GapSettings } from './gap-settings.js';
import { GAP_RULES } from './gap-rules/index.js';
import type { WorkspaceModel } from './journey-model.js';

/** Runs every gap rule over the model; rules set to 'off' are skipped. Sorted by place. */
export function analyseGaps(model: WorkspaceModel, settings: GapSettings = DEFAULT_SETTINGS): Gap[] {
    const context = createGapContext(model, settings.thresholds, settings.locale);
    const gaps: Gap[] = [];
    for (const rule of GAP_RULES) {
        const severity = resolveSeverity(rule.code, rule.defaultSeverity, settings.overrides, settings.rules);
        if (severity === 'off') continue;
        for (const finding of rule.check(context)) gaps.push({ ...finding, code: rule.code, severity });
    }
    return sortGaps(gaps);
}

/** By place: file, line, character, then code. The sort is stable, so rule order breaks ties. */
export function sortGaps(gaps: Gap[]): Gap[] {
    return gaps.sort((a, b) => compareText(a.location.uri, b.location.uri)
        || a.location.range.start.line - b.location.range.start.line
        || a.location.range.start.character - b.location.range.start.character
        || compareText(a.code, b.code));
}
