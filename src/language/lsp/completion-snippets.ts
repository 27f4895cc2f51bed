/** Snippets for the elements that open a block, keyed by their leading keyword. */
export const ELEMENT_SNIPPETS: Readonly<Record<string, { label: string; detail: string; body: string }>> = {
    journey: {
        label: 'journey (new journey)',
        detail: 'A new actual journey',
        body: 'journey ${1:Name} "${2:Title}" {\n\tpersona ${3:Persona}\n\toutcome "${4:Outcome}"\n\tstage ${5:Stage} {\n\t\t$0\n\t}\n}',
    },
    stage: {
        label: 'stage (new stage)',
        detail: 'A new stage',
        body: 'stage ${1:Name} "${2:Title}" {\n\t$0\n}',
    },
    touchpoint: {
        label: 'touchpoint (new touchpoint)',
        detail: 'A new touchpoint',
        body: 'touchpoint ${1:Name} "${2:Title}" {\n\tchannel ${3:Channel}\n\towner ${4:Owner}\n\temotion ${5:3}\n\t$0\n}',
    },
    improvement: {
        label: 'improvement (new improvement)',
        detail: 'A new improvement',
        body: 'improvement ${1:Name} "${2:Title}" {\n\taddresses ${3:Touchpoint}\n\towner ${4:Owner}\n\tpriority ${5|P1,P2,P3,P4|}\n\t$0\n}',
    },
};
