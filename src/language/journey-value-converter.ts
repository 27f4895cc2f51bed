import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const NAME_RULES = new Set(['ID', 'Name']);

/**
 * Names are compared after Unicode NFC normalisation: `Teléfono` typed with a precomposed é
 * and with e + a combining accent look identical and must be the same name. Applies to
 * declarations and references alike, since both go through this converter.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const value = super.runConverter(rule, input, cstNode);
        return NAME_RULES.has(rule.name) && typeof value === 'string' ? value.normalize('NFC') : value;
    }
}
