import { SymbolKind } from 'vscode-languageserver';
import { Channel, Improvement, Journey, Metric, Persona, Question, Stage, Stakeholder, Touchpoint } from '../generated/ast.js';

// Langium's NodeKindProvider says `Field` for everything; these make the outline readable.
const KINDS: Record<string, SymbolKind> = {
    [Persona.$type]: SymbolKind.Class,
    [Stakeholder.$type]: SymbolKind.Object,
    [Channel.$type]: SymbolKind.Interface,
    [Journey.$type]: SymbolKind.Namespace,
    [Stage.$type]: SymbolKind.Module,
    [Touchpoint.$type]: SymbolKind.Event,
    [Improvement.$type]: SymbolKind.Function,
    [Question.$type]: SymbolKind.String,
    [Metric.$type]: SymbolKind.Number,
};

/** The symbol kind of an element of the given AST type. */
export function symbolKindOf(type: string): SymbolKind {
    return KINDS[type] ?? SymbolKind.Field;
}
