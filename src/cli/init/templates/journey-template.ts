/** A starting map for `journey init`: three .journey files, in one language. */
export interface JourneyTemplate {
    /** One line for `journey init --help`. */
    summary: string;
    /** The journey files' name: `<baseName>.journey` (actual) and `<baseName>-ideal.journey`. */
    baseName: string;
    /**
     * The gaps the map has on purpose, each teaching a step of the method: by rule code, how many
     * times `journey check` reports it. It reports these and nothing else (test/cli/init.test.ts).
     */
    teaches: Readonly<Record<string, number>>;
    /** people.journey: the personas, stakeholders and channels the journeys share. */
    people: string;
    /** The actual journey. */
    actual: string;
    /** The ideal journey, which `improves` the actual one. */
    ideal: string;
}
