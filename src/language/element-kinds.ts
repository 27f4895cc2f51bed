// How a service manager names each kind of element in a message.
const KIND_WORDS: Record<string, string> = {
    Persona: 'persona',
    Stakeholder: 'stakeholder',
    Channel: 'channel',
    Journey: 'journey',
    Stage: 'stage',
    Touchpoint: 'touchpoint',
    Improvement: 'improvement',
    Question: 'question',
    Metric: 'metric',
};

export function kindWord(type: string): string {
    return KIND_WORDS[type] ?? type.toLowerCase();
}

export function withArticle(word: string): string {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
