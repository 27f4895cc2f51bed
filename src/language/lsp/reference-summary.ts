import type { AstNode } from 'langium';
import { isChannel, isPersona, isStakeholder, isTouchpoint, type Stage } from '../generated/ast.js';

/** The title of a declared element, if it has one: the detail of its completion item. */
export function titleOf(node: AstNode | undefined): string | undefined {
    return node && 'title' in node && typeof node.title === 'string' ? node.title : undefined;
}

/** A short Markdown description of a cross-reference candidate, read from its syntax tree. */
export function summaryOf(node: AstNode | undefined): string | undefined {
    if (!node) return undefined;
    const lines: string[] = [];
    if (isStakeholder(node)) {
        lines.push(`**Stakeholder** \`${node.name}\``);
        if (node.influence) lines.push(`Influence: ${node.influence}`);
        if (node.interest) lines.push(`Interest: ${node.interest}`);
        if (node.description) lines.push(node.description);
    } else if (isChannel(node)) {
        lines.push(`**Channel** \`${node.name}\``);
        if (node.description) lines.push(node.description);
    } else if (isPersona(node)) {
        lines.push(`**Persona** \`${node.name}\``);
        if (node.segment) lines.push(`Segment: ${node.segment}`);
        if (node.description) lines.push(node.description);
    } else if (isTouchpoint(node)) {
        lines.push(`**Touchpoint** \`${node.name}\` in stage \`${(node.$container as Stage).name}\``);
        if (node.channel) lines.push(`Channel: ${node.channel.$refText}`);
        if (node.owner) lines.push(`Owner: ${node.owner.$refText}`);
        if (node.emotion) lines.push(`Emotion: ${node.emotion.score}${node.emotion.feeling ? ` (${node.emotion.feeling})` : ''}`);
    } else {
        return undefined;
    }
    const title = titleOf(node);
    if (title) lines.splice(1, 0, `*${title}*`);
    return lines.join('\n\n');
}
