import type { JourneyTemplate } from './journey-template.js';

/** The worked example (abridged from examples/password-reset*.journey): a "simple" self-service password reset that crosses four channels and ends where it began. */
export const passwordReset: JourneyTemplate = {
    summary: 'the worked example: a "simple" self-service password reset that crosses four channels and ends in a dead end',
    baseName: 'password-reset',
    teaches: { 'ideal-step-missing': 1, 'emotion-gap': 1, 'extra-step': 2, 'channel-hopping': 1, 'dead-end': 1 },
    people: `// The people and channels that every journey in this folder shares: declare each one once
// here, and any .journey file in the folder can use it by name.

persona Alex "Office worker" {
    description "Works at a desk all day, uses a laptop and the company's email; not technical."
    segment "Employees who rarely contact IT"
    goal "Back to work within five minutes"
    goal "Never has to explain the problem twice"
    need "Clear instructions in plain words"
}

// Stakeholder map (method step 2): who has a stake in the journey, and how much influence.
stakeholder ServiceDesk "Service desk manager" influence high interest high {
    description "Runs the first line: phone, walk-up and the self-service portal's content."
}
stakeholder KnowledgeManager "Knowledge manager" influence medium interest medium {
    description "Owns the knowledge base and the portal's search."
}
stakeholder IdentityTeam "Identity and access management team" influence high interest medium
stakeholder EndUserComputing "End-user computing" influence medium interest low

// Channels (method step 6), top to bottom on the map.
channel Device "The device itself (login screen)"
channel Phone "Service desk phone"
channel Portal "Self-service portal"
channel Email "Email"
`,
    actual: `// The worked example: what IT assumes is "log in to the portal, reset, back to work" turns
// out, once mapped, to be a trip across four channels that ends where it began.

journey PasswordReset "Self-service password reset (as it is today)" {
    persona Alex
    outcome "Can log in again and get back to work"
    description "Mapped from interviews with six office workers and the desk's call records, March."
    metric TimeToResolve "Time from lock-out to back at work" actual 95 min

    stage Detect "Can't log in" {
        touchpoint CantLogIn "Can't log into their laptop; the screen just says 'incorrect password'" {
            channel Device  owner EndUserComputing  emotion 2 confused
            need "To know why the password is refused"
            perception "IT has broken something again"
            evidence observed
        }
    }

    stage SeekHelp "Looks for help" {
        touchpoint CallsDesk "Calls the service desk and hangs up after 12 minutes in the queue" {
            channel Phone  owner ServiceDesk  emotion 2 frustrated
            need "A person who can unlock the account now"
            pain "Queue message: 'all our agents are busy'"
            metric Abandonment "Calls abandoned in the queue" actual 38%
            backstage "Agents are working through the Monday ticket backlog" by ServiceDesk
            evidence observed
        }
        touchpoint SearchesPortal "Searches the portal for 'password not working' and finds the reset page by luck" {
            channel Portal  owner KnowledgeManager  emotion 2 "let down"
            pain "Search knows IT's words ('credential', 'AD account'), not the user's"
            evidence observed
        }
    }

    stage Resolve "Tries to reset the password" {
        touchpoint ChecksEmail "Is told to open the reset link in their email, which is locked too" {
            channel Email  owner IdentityTeam  emotion 1 angry
            pain "No webmail and no email on the phone while the account is locked"
            gives up "Cannot reach the link; abandons the reset, still locked out"
            support "Identity management system"
            evidence observed
        }
    }

    improvement ResetFromLoginScreen "Offer the reset on the login screen, verified by a texted code" {
        addresses CantLogIn, ChecksEmail
        owner IdentityTeam
        priority P1
        status planned
    }
    improvement Callback "Offer a callback when the queue is long" {
        addresses CallsDesk
        owner ServiceDesk
        priority P1
    }
    improvement TuneSearch "Teach portal search the users' words (synonyms from real queries)" {
        addresses SearchesPortal
        owner KnowledgeManager
        priority P2
        status started
    }

    question "Does the portal search work without IT's language?" {
        about SearchesPortal
        answer "No: 41% of searches for 'password' wordings returned nothing (search logs, March)."
    }
}
`,
    ideal: `// The ideal journey. Touchpoints with the same name as in the actual journey are the same
// moment, so the two can be compared step by step; the actual steps it leaves out are waste.

ideal journey PasswordResetIdeal "Password reset, as it should be" improves PasswordReset {
    persona Alex
    outcome "Can log in again and get back to work"
    metric TimeToResolve "Time from lock-out to back at work" target <= 5 min

    stage Detect "Can't log in" {
        touchpoint CantLogIn "Login screen says the password has expired and offers a reset" {
            channel Device  owner EndUserComputing  emotion 4 calm
            success "The message says what happened and what to do, in plain words"
            evidence proposed
        }
    }

    stage Resolve "Resets the password" {
        touchpoint ResetsFromLoginScreen "Resets the password from the login screen with a texted code, and is back at work" {
            channel Device  owner IdentityTeam  emotion 5 delighted
            success "Back at work within five minutes"
            moment of truth
            reaches outcome
            evidence proposed
        }
    }

    stage FollowUp "If self-service is not enough" {
        touchpoint CallsDesk "Calls the desk and is offered a callback within ten minutes" {
            channel Phone  owner ServiceDesk  emotion 3 reassured
            metric Abandonment target <= 10%
            evidence proposed
        }
    }
}
`,
};
