import { blank } from './blank.js';
import { incident } from './incident.js';
import type { JourneyTemplate } from './journey-template.js';
import { onboarding } from './onboarding.js';
import { passwordReset } from './password-reset.js';

export type { JourneyTemplate } from './journey-template.js';

export const TEMPLATE_NAMES = ['blank', 'incident', 'onboarding', 'password-reset'] as const;
export type TemplateName = typeof TEMPLATE_NAMES[number];

/**
 * The templates by locale. Only English for now; a translated set (its own files, names and
 * text in that language) is added here under its locale, and `journey init --locale` picks it.
 */
const TEMPLATES_BY_LOCALE = {
    en: { blank, incident, onboarding, 'password-reset': passwordReset },
} as const satisfies Record<string, Record<TemplateName, JourneyTemplate>>;

export type TemplateLocale = keyof typeof TEMPLATES_BY_LOCALE;

export function templatesFor(locale: TemplateLocale = 'en'): Readonly<Record<TemplateName, JourneyTemplate>> {
    return TEMPLATES_BY_LOCALE[locale];
}

export function isTemplateName(name: string): name is TemplateName {
    return (TEMPLATE_NAMES as readonly string[]).includes(name);
}
