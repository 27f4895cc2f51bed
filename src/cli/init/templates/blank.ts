import type { JourneyTemplate } from './journey-template.js';

/** A minimal skeleton: one persona, one stakeholder, one channel, one journey with one stage and one touchpoint, and its ideal journey, with a comment on each part. */
export const blank: JourneyTemplate = {
    summary: 'a minimal skeleton to fill in: one persona, stakeholder, channel, stage and touchpoint, with comments on each part',
    baseName: 'service-request',
    teaches: { 'missing-owner': 1 },
    people: `// The people and channels that every journey in this folder shares. Declare each one once
// here; any .journey file in the folder can use it by name.

// A persona: the customer whose journey you map (method step 3).
persona Employee "Employee" {
    description "Works in the office and asks IT for what they need through the portal."
    goal "Gets what they asked for without chasing it"
}

// A stakeholder: a team that owns steps or improvements. Influence and interest place it on
// the stakeholder map (method step 2).
stakeholder ServiceDesk "Service desk" influence high interest high

// A channel: how the customer and the service meet (method step 6). Each is a row of the map.
channel Portal "Self-service portal"
`,
    actual: `// The actual journey: what happens today, as observed (method steps 4 to 9). Replace the
// steps with the ones you find when you walk the journey with real customers.

journey ServiceRequest "Requests a service (as it is today)" {
    persona Employee
    outcome "Has what they asked for and can get on with their work"
    // A metric: what you measure. The actual value is here; the target is in the ideal journey.
    metric TimeToFulfil "Time from request to fulfilment" actual 3 days

    // A stage: a phase of the journey. Stages are the columns of the map, left to right.
    stage Request "Asks for it" {
        // A touchpoint: one step the customer takes, through a channel, with an emotion from
        // 1 (very negative) to 5 (very positive). This one has no owner yet: journey check
        // reports it (missing-owner). Add owner ServiceDesk to close the gap.
        touchpoint SubmitsRequest "Fills in the request form in the portal" {
            channel Portal  emotion 3 unsure
            need "To know when it will be done"
            pain "The form does not say how long it takes"
            evidence observed
        }
    }

    // An improvement: what you will change, for which steps, who owns it and how urgent it is.
    improvement ShowExpectedDate "Show the expected fulfilment date when the request is sent" {
        addresses SubmitsRequest
        owner ServiceDesk
        priority P2
    }

    // A question the map raises; once answered, it stays as a record of what you learned.
    question "Do people know the portal exists?" {
        about SubmitsRequest
        answer "Most do: 8 of the 10 people interviewed had used it."
    }
}
`,
    ideal: `// The ideal journey: the same steps as they should be. A touchpoint with the same name as in
// the actual journey is the same moment, so the two can be compared step by step.

ideal journey ServiceRequestIdeal "Requests a service, as it should be" improves ServiceRequest {
    persona Employee
    outcome "Has what they asked for and can get on with their work"
    metric TimeToFulfil "Time from request to fulfilment" target <= 1 day

    stage Request "Asks for it" {
        touchpoint SubmitsRequest "Picks the service from the catalogue and sees when it will be ready" {
            channel Portal  owner ServiceDesk  emotion 4 confident
            success "Knows the date it will be done before pressing Send"
            moment of truth
            reaches outcome
            evidence proposed
        }
    }
}
`,
};
