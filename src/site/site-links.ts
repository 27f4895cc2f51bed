import { h, text } from './html.js';
import { href, type PagePath } from './site-plan.js';

/** A link to a page of the site if it has one (a declared persona, channel, …), else the name as text. */
export function linkOr(from: PagePath, to: PagePath | undefined, label: string, anchor?: string): string {
    return to ? h('a', { href: href(from, to, anchor) }, text(label)) : text(label);
}

/** A name and, when it has one, its title: "Office worker (Alex)"; the name alone otherwise. */
export function labelOf(item: { name: string; title?: string }): string {
    return item.title ? `${item.title} (${item.name})` : item.name;
}
