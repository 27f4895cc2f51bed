import { DefaultNameProvider, type AstNode, type CstNode } from 'langium';
import { firstNodeForProperty } from './cst-assignments.js';

/** Langium's name lookup, with the name's CST node found in one cached pass (cst-assignments.ts). */
export class JourneyNameProvider extends DefaultNameProvider {
    override getNameNode(node: AstNode): CstNode | undefined {
        return firstNodeForProperty(node.$cstNode, 'name');
    }
}
