import type { Locale } from '../i18n/locales.js';
import type { Gap } from '../model/gap.js';
import { buildGapReport } from '../model/gap-report.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import { channelPage, personaPage, stakeholderPage } from './declaration-pages.js';
import { indexPage } from './index-page.js';
import { journeyPage } from './journey-page.js';
import { searchEntries, searchIndexScript } from './search-index.js';
import { SEARCH_SCRIPT_SOURCE } from './search-script.js';
import type { SiteContext } from './site-context.js';
import { INDEX_PAGE, SEARCH_INDEX, SEARCH_SCRIPT, SitePlan, STYLESHEET, type PagePath } from './site-plan.js';
import { siteStyleSheet, type SiteTheme } from './site-style.js';

export interface SiteOptions {
    /** The language of the pages about the whole workspace; a journey's page is in the journey's language. */
    locale: Locale;
    theme?: SiteTheme;
    version: string;
    /** How many map files the site is made from (for the footer). */
    files: number;
    /** A map file's path as readers know it, from its URI. */
    fileOf: (uri: string) => string;
}

/**
 * Every file of the static site, by its path in the site: pure, and the same bytes for the same
 * maps (no date, no random part), so that a site kept in git changes only where the maps did.
 */
export function buildSite(model: WorkspaceModel, gaps: Gap[], options: SiteOptions): Map<PagePath, string> {
    const plan = new SitePlan(model);
    const context: SiteContext = {
        model, gaps, report: buildGapReport(model, gaps), plan, theme: options.theme ?? 'light',
        locale: options.locale, version: options.version, files: options.files, fileOf: options.fileOf,
    };
    const files = new Map<PagePath, string>();
    files.set(STYLESHEET, siteStyleSheet(context.theme));
    files.set(SEARCH_SCRIPT, SEARCH_SCRIPT_SOURCE);
    files.set(SEARCH_INDEX, searchIndexScript(searchEntries(model, plan)));
    files.set(INDEX_PAGE, indexPage(context));
    for (const journey of model.journeys) files.set(plan.journey(journey), journeyPage(context, journey));
    for (const persona of model.personas) {
        const page = plan.persona(persona.name)!;
        if (!files.has(page)) files.set(page, personaPage(context, persona));
    }
    for (const channel of model.channels) {
        const page = plan.channel(channel.name)!;
        if (!files.has(page)) files.set(page, channelPage(context, channel));
    }
    for (const stakeholder of model.stakeholders) {
        const page = plan.stakeholder(stakeholder.name)!;
        if (!files.has(page)) files.set(page, stakeholderPage(context, stakeholder));
    }
    return files;
}
