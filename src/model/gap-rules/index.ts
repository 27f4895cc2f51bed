import { channelHopping } from './channel-hopping.js';
import { channelMismatch } from './channel-mismatch.js';
import { deadEnd } from './dead-end.js';
import { emotionGap } from './emotion-gap.js';
import { emptyStage } from './empty-stage.js';
import { extraStep } from './extra-step.js';
import type { GapRule } from './gap-rule.js';
import { idealStepMissing } from './ideal-step-missing.js';
import { improvementWithoutOwner } from './improvement-without-owner.js';
import { improvementWithoutPriority } from './improvement-without-priority.js';
import { metricOffTarget } from './metric-off-target.js';
import { missingOutcome } from './missing-outcome.js';
import { missingOwner } from './missing-owner.js';
import { missingPersona } from './missing-persona.js';
import { momentOfTruthAtRisk } from './moment-of-truth-at-risk.js';
import { openQuestion } from './open-question.js';
import { ownerMismatch } from './owner-mismatch.js';
import { repeatedStep } from './repeated-step.js';
import { unaddressedPain } from './unaddressed-pain.js';
import { unusedDeclaration } from './unused-declaration.js';

export type { GapRule } from './gap-rule.js';

/** Every gap rule, map gaps first, in the order the README lists them. */
export const GAP_RULES: readonly GapRule[] = [
    missingOwner, emptyStage, unusedDeclaration, missingPersona, missingOutcome, unaddressedPain,
    improvementWithoutOwner, improvementWithoutPriority, momentOfTruthAtRisk, metricOffTarget,
    channelHopping, repeatedStep, deadEnd, openQuestion,
    idealStepMissing, extraStep, emotionGap, channelMismatch, ownerMismatch,
];
