import { closestName } from '../language/did-you-mean.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

/** The journey of that name, or the error text that names the journeys there are. */
export function findJourney(snapshot: WorkspaceSnapshot, name: string): JourneyModel | string {
    const journey = snapshot.model.journeys.find(j => j.name === name);
    if (journey) return journey;
    const names = snapshot.model.journeys.map(j => j.name);
    if (names.length === 0) return `no journey named '${name}': there is no journey in ${snapshot.files.length === 0 ? 'this folder' : snapshot.files.join(', ')}`;
    const guess = closestName(name, names);
    return `no journey named '${name}'.${guess ? ` Did you mean '${guess}'?` : ''} Journeys: ${names.join(', ')}`;
}
