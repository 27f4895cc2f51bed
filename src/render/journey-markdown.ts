import type { Gap } from '../model/gap.js';
import { markdownCell as cell } from './markdown-text.js';
import { questionsOf, touchpointsOf, type WorkspaceModel } from '../model/journey-model.js';

/** A journey as Markdown for a pull request or a wiki: who, what for, each step, its gaps and what to do. */
export function journeyMarkdown(model: WorkspaceModel, gaps: Gap[], name: string): string {
    const journey = model.journeys.find(j => j.name === name);
    if (!journey) return `# ${cell(name)}\n\nNo such journey.\n`;
    const persona = journey.persona && model.personas.find(p => p.name === journey.persona!.name);
    const out: string[] = [`# ${journey.kind === 'ideal' ? 'Ideal journey' : 'Journey'}: ${cell(journey.title ?? journey.name)}`, ''];
    if (persona) out.push(`**Persona:** ${cell(persona.name)}${persona.title ? ` — ${cell(persona.title)}` : ''}${persona.goals.length ? ` (goals: ${persona.goals.map(cell).join('; ')})` : ''}  `);
    if (journey.outcome) out.push(`**Outcome:** ${cell(journey.outcome)}  `);
    if (journey.improves) out.push(`**Improves:** ${cell(journey.improves.name)}  `);
    out.push('', '| stage | touchpoint | channel | owner | emotion | pains |', '| --- | --- | --- | --- | ---: | --- |');
    for (const t of touchpointsOf(journey)) {
        const stage = journey.stages.find(s => s.name === t.stage);
        const emotion = t.emotion ? `${t.emotion.score}${t.emotion.feeling ? ` ${cell(t.emotion.feeling)}` : ''}` : '–';
        const marks = `${t.momentOfTruth ? ' ★' : ''}${t.givesUp ? ' (gives up)' : ''}`;
        out.push(`| ${cell(stage?.title ?? t.stage)} | ${cell(t.title ?? t.name)}${marks} | ${cell(t.channel?.name ?? '–')} | ${cell(t.owner?.name ?? '**none**')} | ${emotion} | ${t.pains.map(cell).join('; ') || '–'} |`);
    }
    const own = gaps.filter(g => g.journey === journey.name);
    out.push('', `## Gaps (${own.length})`, '');
    out.push(...(own.length ? own.map(g => `- **${g.severity}** \`${g.code}\`: ${cell(g.message)}`) : ['None.']));
    if (journey.improvements.length) {
        out.push('', '## Improvements', '');
        for (const i of journey.improvements) out.push(`- ${i.priority ?? 'P?'}${i.status ? ` [${i.status}]` : ''} ${cell(i.title ?? i.name)}${i.addresses.length ? ` → ${i.addresses.map(a => cell(a.name)).join(', ')}` : ''}${i.owner ? ` (owner ${cell(i.owner.name)})` : ''}`);
    }
    const questions = questionsOf(journey);
    if (questions.length) {
        out.push('', '## Questions', '');
        for (const q of questions) out.push(`- ${cell(q.text)}${q.answer ? ` — **answer:** ${cell(q.answer)}` : ' — *open*'}`);
    }
    return out.join('\n') + '\n';
}
