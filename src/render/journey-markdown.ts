import { journeyLocale } from '../model/journey-language.js';
import type { Locale } from '../i18n/locales.js';
import type { Gap } from '../model/gap.js';
import { markdownCell as cell } from './markdown-text.js';
import { questionsOf, touchpointsOf, type WorkspaceModel } from '../model/journey-model.js';
import { sayIn } from './render-messages.js';

export interface JourneyMarkdownOptions {
    /** The language of the headings and fixed words (English when left out). */
    locale?: Locale;
}

/** A journey as Markdown for a pull request or a wiki: who, what for, each step, its gaps and what to do. */
export function journeyMarkdown(model: WorkspaceModel, gaps: Gap[], name: string, options: JourneyMarkdownOptions = {}): string {
    const journey = model.journeys.find(j => j.name === name);
    const say = sayIn(journeyLocale(journey) ?? options.locale);
    if (!journey) return `# ${cell(name)}\n\n${say('md.noSuchJourney')}\n`;
    const persona = journey.persona && model.personas.find(p => p.name === journey.persona!.name);
    const out: string[] = [`# ${say(journey.kind === 'ideal' ? 'map.idealJourneyHeading' : 'map.journeyHeading', { title: cell(journey.title ?? journey.name) })}`, ''];
    if (persona) {
        const goals = persona.goals.length ? ` ${say('md.goals', { goals: persona.goals.map(cell).join('; ') })}` : '';
        out.push(`${say('md.persona', { persona: `${cell(persona.name)}${persona.title ? ` — ${cell(persona.title)}` : ''}` })}${goals}  `);
    }
    if (journey.outcome) out.push(`${say('md.outcome', { outcome: cell(journey.outcome) })}  `);
    if (journey.improves) out.push(`${say('md.improves', { journey: cell(journey.improves.name) })}  `);
    out.push('', say('md.table'), '| --- | --- | --- | --- | ---: | --- |');
    for (const t of touchpointsOf(journey)) {
        const stage = journey.stages.find(s => s.name === t.stage);
        const emotion = t.emotion ? `${t.emotion.score}${t.emotion.feeling ? ` ${cell(t.emotion.feeling)}` : ''}` : '–';
        const marks = `${t.momentOfTruth ? ' ★' : ''}${t.givesUp ? ` ${say('md.givesUp')}` : ''}`;
        out.push(`| ${cell(stage?.title ?? t.stage)} | ${cell(t.title ?? t.name)}${marks} | ${cell(t.channel?.name ?? '–')} | ${t.owner ? cell(t.owner.name) : `**${say('md.noOwner')}**`} | ${emotion} | ${t.pains.map(cell).join('; ') || '–'} |`);
    }
    const own = gaps.filter(g => g.journey === journey.name);
    out.push('', say('md.gaps', { count: own.length }), '');
    out.push(...(own.length ? own.map(g => `- **${say(`severity.${g.severity}`)}** \`${g.code}\`: ${cell(g.message)}`) : [say('md.noGaps')]));
    if (journey.improvements.length) {
        out.push('', say('md.improvements'), '');
        for (const i of journey.improvements) out.push(`- ${i.priority ?? 'P?'}${i.status ? ` [${i.status}]` : ''} ${cell(i.title ?? i.name)}${i.addresses.length ? ` → ${i.addresses.map(a => cell(a.name)).join(', ')}` : ''}${i.owner ? ` ${say('map.improvementOwner', { owner: cell(i.owner.name) })}` : ''}`);
    }
    const questions = questionsOf(journey);
    if (questions.length) {
        out.push('', say('md.questions'), '');
        for (const q of questions) out.push(`- ${cell(q.text)} ${q.answer ? say('md.answer', { answer: cell(q.answer) }) : say('md.open')}`);
    }
    return out.join('\n') + '\n';
}
