import { AstUtils, type LangiumDocuments } from 'langium';
import { isJourney, isTouchpoint, type Journey, type Model, type Touchpoint } from '../generated/ast.js';

/** Every journey of the workspace. */
export function allJourneys(documents: LangiumDocuments): Journey[] {
    return documents.all.toArray().flatMap(document => (document.parseResult.value as Model).elements.filter(isJourney));
}

/**
 * The journeys paired with `journey` as in model/gap-context.ts: an ideal journey with the
 * actual journey it `improves`, an actual journey with every ideal journey improving it.
 */
export function pairedJourneys(journey: Journey, documents: LangiumDocuments): Journey[] {
    if (journey.ideal) {
        const actual = journey.improves?.ref;
        return actual && !actual.ideal ? [actual] : [];
    }
    return allJourneys(documents).filter(other => other.ideal && other.improves?.ref === journey);
}

/**
 * The actual journey and all its ideal journeys, whichever of them `journey` is: the journeys
 * whose touchpoints are matched by name.
 */
export function pairingGroup(journey: Journey, documents: LangiumDocuments): Journey[] {
    const actual = journey.ideal ? pairedJourneys(journey, documents)[0] : journey;
    if (!actual) return [journey];
    return [actual, ...pairedJourneys(actual, documents)];
}

export function touchpointsOf(journey: Journey): Touchpoint[] {
    return AstUtils.streamAst(journey).filter(isTouchpoint).toArray();
}

/** The journey a touchpoint belongs to. */
export function journeyOf(touchpoint: Touchpoint): Journey {
    return touchpoint.$container.$container;
}
