import type { Locale } from '../i18n/locales.js';
import { gapText } from './gap-messages.js';
import type { ImprovementModel, JourneyModel, StageModel, TouchpointModel } from './journey-model.js';

const MAX_TITLE = 60;

/** `'CallsDesk' ("Calls the desk, can't get through")`, titles cut to a readable length. */
export function describeTouchpoint(touchpoint: TouchpointModel): string {
    return describeNamed(touchpoint);
}

export function describeStage(stage: StageModel): string {
    return describeNamed(stage);
}

export function describeJourney(journey: JourneyModel): string {
    return describeNamed(journey);
}

export function describeImprovement(improvement: ImprovementModel): string {
    return describeNamed(improvement);
}

function describeNamed(element: { name: string; title?: string }): string {
    return element.title ? `'${element.name}' ("${shorten(element.title)}")` : `'${element.name}'`;
}

/** One line, cut to a readable length: messages are printed one per line. */
export function shorten(text: string, max = MAX_TITLE): string {
    const chars = [...text.replace(/\s+/gu, ' ').trim()];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** "emotion 2 (reluctant)": the feeling in the author's words, the rest in the locale. */
export function describeEmotion(touchpoint: TouchpointModel, locale: Locale = 'en'): string {
    const emotion = touchpoint.emotion;
    if (!emotion) return gapText(locale, 'emotion.none');
    return emotion.feeling
        ? gapText(locale, 'emotion.feeling', { score: emotion.score, feeling: emotion.feeling })
        : gapText(locale, 'emotion.score', { score: emotion.score });
}
