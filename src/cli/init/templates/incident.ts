import type { JourneyTemplate } from './journey-template.js';

/** A major incident from the customer's side: a store's tills stop taking card payments; the manager reports it, waits for news on a status page that shows green, sees service restored and reads the post-incident review. */
export const incident: JourneyTemplate = {
    summary: "a major incident from the customer's side: reports an outage, waits for updates, service restored, post-incident review",
    baseName: 'major-incident',
    teaches: { 'metric-off-target': 1, 'moment-of-truth-at-risk': 1, 'emotion-gap': 1, 'open-question': 1 },
    people: `// The people and channels that every journey in this folder shares: declare each one once
// here, and any .journey file in the folder can use it by name.

persona StoreManager "Store manager" {
    description "Runs a high-street store of twelve staff; depends on the tills and the stock system all day."
    segment "Retail stores, open seven days a week"
    goal "Keeps selling when something breaks"
    goal "Knows what is happening and when it will be fixed"
    need "One place to see the status of an outage, in plain words"
}

// Stakeholder map (method step 2): who has a stake in the journey, and how much influence.
stakeholder ServiceDesk "Service desk" influence high interest high {
    description "Takes the stores' calls, logs incidents and passes on updates."
}
stakeholder MajorIncidentManager "Major incident manager" influence high interest high {
    description "Leads the response to a major incident and owns its communications."
}
stakeholder StoreSystems "Store systems support" influence medium interest medium {
    description "Runs the tills, the payment terminals and the store network."
}
stakeholder ProblemManager "Problem manager" influence medium interest medium {
    description "Finds the root cause after the incident and runs the post-incident review."
}

// Channels (method step 6), top to bottom on the map.
channel Till "The tills and card terminals"
channel Phone "Service desk phone"
channel StatusPage "Service status page"
channel Email "Email"
`,
    actual: `// A major incident from the store's side: the tills stop taking card payments on a Saturday
// morning. Mapped from the incident record and calls with four store managers.

journey MajorIncident "Card payments down in the stores (as it is today)" {
    persona StoreManager
    outcome "The store takes card payments again, and knows it will not happen again"
    description "Major incident on a Saturday in May: card payments failed in 40 stores for two hours."
    metric TimeToRestore "Time from the first failed payment to service restored" actual 115 min

    stage Detect "The tills stop" {
        touchpoint TillsFail "Card payments fail at every till at 9:10" {
            channel Till  owner StoreSystems  emotion 1 alarmed
            pain "Customers queue, then leave without buying"
            perception "It must be our store's network"
            evidence observed
        }
    }

    stage Report "Reports the outage" {
        touchpoint ReportsOutage "Calls the service desk and waits 20 minutes to report it" {
            channel Phone  owner ServiceDesk  emotion 2 anxious
            need "To hear that someone is already on it"
            metric TimeToAnswer "Time to answer a store's call" actual 20 min target <= 2 min
            frontstage "Agent logs a ticket for the store, not yet linked to a major incident" by ServiceDesk
            evidence observed
        }
    }

    stage Updates "Waits for news" {
        touchpoint ChecksStatusPage "Checks the status page: every service shows green" {
            channel StatusPage  owner MajorIncidentManager  emotion 1 angry
            pain "The status page says all is well while the tills are down"
            moment of truth
            backstage "The major incident bridge opened at 9:35; the status page is updated by hand" by MajorIncidentManager
            evidence observed
        }
        touchpoint SeesOutageAnnounced "Sees the outage announced, 70 minutes in, with no time to fix" {
            channel StatusPage  owner MajorIncidentManager  emotion 2 worried
            need "To know when to expect the next update"
            evidence observed
        }
    }

    stage Restore "Service restored" {
        touchpoint TillsBack "Tills take card payments again at 11:05; nobody tells the store" {
            channel Till  owner StoreSystems  emotion 3 relieved
            reaches outcome
            evidence observed
        }
    }

    stage Review "After the incident" {
        touchpoint ReadsReview "Receives the post-incident review: cause, fix and what will change" {
            channel Email  owner ProblemManager  emotion 4 reassured
            success "The review names the cause (an expired payment gateway certificate) and the fix"
            evidence observed
        }
    }

    improvement StatusFromMonitoring "Turn the status page red from monitoring, not by hand" {
        addresses ChecksStatusPage, SeesOutageAnnounced
        owner MajorIncidentManager
        priority P1
        status planned
    }
    improvement AnnounceInQueue "Announce a known major incident in the phone queue, and take store calls first" {
        addresses ReportsOutage
        owner ServiceDesk
        priority P1
    }
    improvement OfflinePayments "Let the tills take card payments offline for up to two hours" {
        addresses TillsFail
        owner StoreSystems
        priority P2
    }

    question "Why did the status page stay green for 70 minutes?" {
        about ChecksStatusPage
        owner MajorIncidentManager
    }
    question "Did the stores know to call the desk rather than the payment provider?" {
        about ReportsOutage
        answer "Three of the four did; one called the provider first and lost 15 minutes."
    }
}
`,
    ideal: `// The ideal journey: the same incident, handled as it should be. Touchpoints with the same
// name as in the actual journey are the same moment, so the two can be compared step by step.

ideal journey MajorIncidentIdeal "Card payments down, handled as it should be" improves MajorIncident {
    persona StoreManager
    outcome "The store takes card payments again, and knows it will not happen again"
    metric TimeToRestore "Time from the first failed payment to service restored" target <= 60 min

    stage Detect "The tills stop" {
        touchpoint TillsFail "Card payments fail; the tills switch to offline payments" {
            channel Till  owner StoreSystems  emotion 2 concerned
            evidence proposed
        }
    }

    stage Report "Reports the outage" {
        touchpoint ReportsOutage "Calls the desk; the queue message already confirms the outage" {
            channel Phone  owner ServiceDesk  emotion 3 reassured
            metric TimeToAnswer target <= 2 min
            evidence proposed
        }
    }

    stage Updates "Waits for news" {
        touchpoint ChecksStatusPage "The status page shows the outage, what is affected and the next update time" {
            channel StatusPage  owner MajorIncidentManager  emotion 4 informed
            success "Knows within ten minutes that it is not the store's fault"
            moment of truth
            evidence proposed
        }
        touchpoint SeesOutageAnnounced "Gets an update every 30 minutes, with the expected fix time" {
            channel StatusPage  owner MajorIncidentManager  emotion 3 patient
            evidence proposed
        }
    }

    stage Restore "Service restored" {
        touchpoint TillsBack "Told the moment card payments work again" {
            channel Till  owner StoreSystems  emotion 4 relieved
            reaches outcome
            evidence proposed
        }
    }

    stage Review "After the incident" {
        touchpoint ReadsReview "Receives the post-incident review within five working days" {
            channel Email  owner ProblemManager  emotion 4 reassured
            evidence proposed
        }
    }
}
`,
};
