import { fileURLToPath } from 'node:url';
import { closestName } from '../language/did-you-mean.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import { CliError } from './cli-error.js';
import { displayPath } from './diagnostic-report.js';
import type { OpenWorkspace } from './open-workspace.js';
import { plural } from '../render/plural.js';

/** How many files with journeys a message names before it says "and N more". */
const FILES_SHOWN = 4;

export interface JourneyChoice {
    /** What the command does with the journey, for the message: 'render', 'export'. */
    verb: string;
    /** The journey named with --journey: any journey of the workspace (the file and its neighbours). */
    requested?: string;
    /** The drawing does not need a journey (the stakeholder map): a file without one is fine. */
    optional?: boolean;
    /** The command has no --journey option to suggest (preview picks journeys on its page). */
    withoutJourneyOption?: boolean;
}

/**
 * The journey a command works on: the one named with --journey, which may live in any file of
 * the workspace, else the first actual journey of the named file, else its first journey. A
 * name that is not there, or a file without a journey, is a usage error that says what there
 * is instead; a neighbour's journey is never taken silently.
 */
export function fileJourney(workspace: OpenWorkspace, choice: JourneyChoice): string | undefined {
    const model = workspace.services.Journey.gaps.Analysis.getModel();
    if (choice.requested !== undefined) {
        if (model.journeys.some(j => j.name === choice.requested)) return choice.requested;
        throw new CliError(unknownJourney(model, choice.requested));
    }
    const own = model.journeys.filter(j => workspace.targetUris.has(j.source.uri));
    const name = own.find(j => j.kind === 'actual')?.name ?? own[0]?.name;
    if (name !== undefined || choice.optional) return name;
    throw new CliError(noJourneyHere(model, workspace, choice.verb, !choice.withoutJourneyOption));
}

function unknownJourney(model: WorkspaceModel, requested: string): string {
    const names = model.journeys.map(j => j.name);
    if (names.length === 0) return `no journey named '${requested}': there is no journey in this file or its folder`;
    const guess = closestName(requested, names);
    return `no journey named '${requested}'.${guess ? ` Did you mean '${guess}'?` : ''} Journeys: ${names.join(', ')}`;
}

function noJourneyHere(model: WorkspaceModel, workspace: OpenWorkspace, verb: string, journeyOption: boolean): string {
    const shown = displayPath(workspace.files.targets[0] ?? '');
    const mine = <T extends { source: { uri: string } }>(items: T[]) => items.filter(item => workspace.targetUris.has(item.source.uri)).length;
    const declared = [count(mine(model.personas), 'persona'), count(mine(model.stakeholders), 'stakeholder'), count(mine(model.channels), 'channel')]
        .filter((text): text is string => text !== undefined);
    const holds = declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares nothing';
    const files = [...new Set(model.journeys.map(j => shownFile(j.source.uri)))].sort();
    if (files.length === 0) {
        return `${shown}: no journey in this file (${holds}), nor in its folder; start one with: journey Name "Title" { … }`;
    }
    const listed = files.length > FILES_SHOWN ? `${files.slice(0, FILES_SHOWN).join(', ')} and ${files.length - FILES_SHOWN} more` : files.join(', ');
    return `${shown}: no journey in this file (${holds}); journeys are in ${listed} — ${verb} one of those${journeyOption ? ', or name a journey with --journey' : ''}`;
}

function count(n: number, word: string): string | undefined {
    return n === 0 ? undefined : plural(n, word);
}

function shownFile(uri: string): string {
    try {
        return displayPath(fileURLToPath(uri));
    } catch {
        return uri;
    }
}
