import type { Locale } from '../i18n/locales.js';
import type { Gap, Severity } from '../model/gap.js';
import type { GapReport } from '../model/gap-report.js';
import { journeyLocale } from '../model/journey-language.js';
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { renderText } from '../render/render-messages.js';
import type { GapListContext } from './gap-list.js';
import { pageShell } from './page-shell.js';
import { saySiteIn, type SaySite } from './site-messages.js';
import type { PagePath, SitePlan } from './site-plan.js';
import type { SiteTheme } from './site-style.js';

/** What every page of one site is made from. */
export interface SiteContext {
    model: WorkspaceModel;
    gaps: Gap[];
    report: GapReport;
    plan: SitePlan;
    theme: SiteTheme;
    /** The language of the pages about the whole workspace (index, personas, channels, stakeholders). */
    locale: Locale;
    version: string;
    /** How many map files the site was made from. */
    files: number;
    /** A file's path as the reader knows it: relative to the folder the site was made from. */
    fileOf: (uri: string) => string;
}

/** A journey's page is in the journey's own language; the others in the site's. */
export function localeOfJourney(context: SiteContext, journey: JourneyModel): Locale {
    return journeyLocale(journey) ?? context.locale;
}

/** The whole page around a page's content, in its language, with the header's links to the index's sections. */
export function framePage(context: SiteContext, path: PagePath, locale: Locale, title: string, content: string): string {
    const say = saySiteIn(locale);
    const nav = [
        { label: say('index.journeys'), target: 'journeys' },
        ...(context.model.personas.length > 0 ? [{ label: say('index.personas'), target: 'personas' }] : []),
        ...(context.model.channels.length > 0 ? [{ label: say('index.channels'), target: 'channels' }] : []),
        ...(context.model.stakeholders.length > 0 ? [{ label: say('index.stakeholders'), target: 'stakeholders' }] : []),
    ];
    return pageShell({ path, locale, title, say, version: context.version, files: context.files, nav }, content);
}

export function gapListContext(context: SiteContext, page: PagePath, locale: Locale, say: SaySite, ownFile?: string): GapListContext {
    return {
        page, plan: context.plan, say, ownFile, fileOf: context.fileOf,
        severityWord: (severity: Severity) => renderText(locale, `severity.${severity}`),
    };
}

/** The gaps that belong to a journey (its own, and its side of a comparison). */
export function gapsOfJourney(context: SiteContext, journey: JourneyModel): Gap[] {
    const index = context.model.journeys.indexOf(journey);
    return context.report.journeys[index]?.gaps ?? [];
}
