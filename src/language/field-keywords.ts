import { GrammarAST, type Grammar } from 'langium';

/**
 * For each element rule (Touchpoint, Stage, ...), the phrases that may start one of its
 * fields, read from the grammar itself: the alternatives of the `...Field` / `...Member`
 * fragments the rule calls. Used to tell an author which fields an element takes.
 */
export function fieldPhrasesByRule(grammar: Grammar): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || rule.dataType) continue;
        const phrases = new Set<string>();
        for (const fragment of calledFragments(rule.definition)) {
            const alternatives = GrammarAST.isAlternatives(fragment.definition) ? fragment.definition.elements : [fragment.definition];
            for (const alternative of alternatives) {
                for (const phrase of leadingPhrases(alternative, new Set())) phrases.add(phrase);
            }
        }
        if (phrases.size > 0) result.set(rule.name, [...phrases]);
    }
    return result;
}

function calledFragments(element: GrammarAST.AbstractElement): GrammarAST.ParserRule[] {
    const found: GrammarAST.ParserRule[] = [];
    const visit = (e: GrammarAST.AbstractElement) => {
        if (GrammarAST.isRuleCall(e)) {
            const rule = e.rule.ref;
            if (GrammarAST.isParserRule(rule) && rule.fragment && !found.includes(rule)) found.push(rule);
        } else if (GrammarAST.isGroup(e) || GrammarAST.isAlternatives(e) || GrammarAST.isUnorderedGroup(e)) {
            e.elements.forEach(visit);
        }
    };
    visit(element);
    return found;
}

/** The keywords an element starts with; consecutive leading keywords form one phrase ("moment of truth"). */
function leadingPhrases(element: GrammarAST.AbstractElement, seen: Set<GrammarAST.AbstractRule>): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return leadingPhrases(element.terminal, seen);
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => leadingPhrases(e, seen));
    if (GrammarAST.isGroup(element)) {
        const words: string[] = [];
        for (const part of element.elements) {
            const keyword = GrammarAST.isKeyword(part) ? part
                : GrammarAST.isAssignment(part) && GrammarAST.isKeyword(part.terminal) ? part.terminal : undefined;
            if (!keyword || isOptional(part)) break;
            words.push(keyword.value);
        }
        if (words.length > 0) return [words.join(' ')];
        // An optional start (`('ideal' | 'actual')? 'journey'`) also lets the next element start it.
        const phrases: string[] = [];
        for (const part of element.elements) {
            phrases.push(...leadingPhrases(part, seen));
            if (!isOptional(part)) break;
        }
        return phrases;
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return [];
        seen.add(rule);
        return leadingPhrases(rule.definition, seen);
    }
    return [];
}

function isOptional(element: GrammarAST.AbstractElement): boolean {
    return element.cardinality === '?' || element.cardinality === '*';
}

/** The words that may start a top-level declaration (`persona`, `journey`, `ideal`, …). */
export function declarationPhrases(grammar: Grammar): string[] {
    const entry = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.entry);
    if (!entry || !GrammarAST.isParserRule(entry)) return [];
    const declarations = new Set<string>();
    const visit = (e: GrammarAST.AbstractElement) => {
        if (GrammarAST.isAssignment(e)) leadingPhrases(e.terminal, new Set()).forEach(p => declarations.add(p));
        else if (GrammarAST.isGroup(e) || GrammarAST.isAlternatives(e)) e.elements.forEach(visit);
    };
    visit(entry.definition);
    return [...declarations];
}
