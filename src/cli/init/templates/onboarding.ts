import type { JourneyTemplate } from './journey-template.js';

/** An employee's first day: the welcome email, collecting a laptop, the first login, access requests raised twice, and starting work on day three. */
export const onboarding: JourneyTemplate = {
    summary: "an employee's first day: welcome email, laptop, accounts and access requests",
    baseName: 'first-day',
    teaches: { 'unaddressed-pain': 1, 'owner-mismatch': 1, 'extra-step': 1, 'repeated-step': 1 },
    people: `// The people and channels that every journey in this folder shares: declare each one once
// here, and any .journey file in the folder can use it by name.

persona NewStarter "New starter" {
    description "Joins the finance team on Monday; has never used our systems."
    segment "New employees in their first week"
    goal "Can do their job from the first day"
    need "A laptop, accounts and access that work when they arrive"
}

// Stakeholder map (method step 2): who has a stake in the journey, and how much influence.
stakeholder HumanResources "HR onboarding team" influence high interest medium {
    description "Records the joiner, sends the welcome pack and tells IT who is starting."
}
stakeholder LineManager "Line manager" influence medium interest high
stakeholder ServiceDesk "Service desk" influence high interest high {
    description "Runs the walk-up desk, sets up accounts and handles first logins."
}
stakeholder EndUserComputing "End-user computing" influence medium interest low {
    description "Builds and enrols the laptops."
}
stakeholder AccessManagement "Identity and access management" influence high interest medium {
    description "Grants access to systems by role, on an approved request."
}

// Channels (method step 6), top to bottom on the map.
channel Email "Email"
channel WalkUpDesk "IT walk-up desk"
channel Portal "Self-service portal"
channel Laptop "The new laptop"
`,
    actual: `// An employee's first day: from the welcome email to being able to work. Mapped with five
// people who joined last quarter, and the joiner tickets raised for them.

journey FirstDay "A new starter's first day (as it is today)" {
    persona NewStarter
    outcome "Can sign in and use every system the job needs"
    description "Joiners to the finance team, January to March."
    metric DaysToProductive "Days from the start date until the new starter can do their job" actual 3 days

    stage BeforeDayOne "Before the first day" {
        touchpoint GetsWelcomeEmail "Gets a welcome email from HR with a start time and an address" {
            channel Email  owner HumanResources  emotion 4 excited
            evidence observed
        }
    }

    stage Equip "Gets a laptop" {
        touchpoint CollectsLaptop "Is sent to the IT walk-up desk for a laptop and queues 40 minutes" {
            channel WalkUpDesk  owner EndUserComputing  emotion 3 impatient
            pain "The laptop was not ordered until HR's email reached the desk that morning"
            metric QueueTime "Time queueing at the walk-up desk" actual 40 min
            evidence observed
        }
        touchpoint FirstLogin "Signs in with a temporary password the agent reads out" {
            channel WalkUpDesk  owner ServiceDesk  emotion 3 unsure
            evidence observed
        }
    }

    stage GetAccess "Gets access" {
        touchpoint RequestsAccess "Raises access requests for the finance system and the team's shared drive" {
            channel Portal  owner LineManager  emotion 3 puzzled
            pain "Does not know which roles to ask for"
            frontstage "Line manager forwards a list of roles by email" by LineManager
            evidence observed
        }
        touchpoint RequestsAccessAgain "Raises the requests again: the first ones were rejected for a missing approval" {
            channel Portal  owner LineManager  emotion 1 annoyed
            repeats RequestsAccess
            pain "Nobody said the requests needed the manager's approval"
            evidence observed
        }
    }

    stage StartWork "Starts work" {
        touchpoint StartsWork "Can open the finance system at last, on day three" {
            channel Laptop  owner AccessManagement  emotion 3 relieved
            reaches outcome
            evidence observed
        }
    }

    improvement AccessByRole "Grant the standard access for the role from HR's joiner record, before day one" {
        addresses RequestsAccess, RequestsAccessAgain
        owner AccessManagement
        priority P1
        status planned
    }

    question "Who tells IT that someone is starting, and when?" {
        owner HumanResources
        answer "HR emails the service desk on the Friday before; the email is often picked up on Monday."
    }
}
`,
    ideal: `// The ideal journey: the first day as it should be. Touchpoints with the same name as in the
// actual journey are the same moment, so the two can be compared step by step.

ideal journey FirstDayIdeal "A new starter's first day, as it should be" improves FirstDay {
    persona NewStarter
    outcome "Can sign in and use every system the job needs"
    metric DaysToProductive "Days from the start date until the new starter can do their job" target <= 1 day

    stage BeforeDayOne "Before the first day" {
        touchpoint GetsWelcomeEmail "Gets a welcome email with the first day's plan and how to sign in" {
            channel Email  owner HumanResources  emotion 5 excited
            evidence proposed
        }
    }

    stage Equip "Gets a laptop" {
        touchpoint CollectsLaptop "Collects a laptop built and enrolled for them, booked for 9:00" {
            channel WalkUpDesk  owner EndUserComputing  emotion 4 welcome
            evidence proposed
        }
        touchpoint FirstLogin "Sets their own password, confirming identity with a code sent to their phone" {
            channel WalkUpDesk  owner ServiceDesk  emotion 4 confident
            evidence proposed
        }
    }

    stage GetAccess "Gets access" {
        touchpoint RequestsAccess "Finds the standard access for the role already granted; asks only for extras" {
            channel Portal  owner AccessManagement  emotion 4 relieved
            evidence proposed
        }
    }

    stage StartWork "Starts work" {
        touchpoint StartsWork "Opens every system the job needs on the first morning" {
            channel Laptop  owner AccessManagement  emotion 4 ready
            moment of truth
            reaches outcome
            evidence proposed
        }
    }
}
`,
};
