/**
 * Where the rule pages (docs/rules/<code>.md) are, so that diagnostics can link to them
 * through `codeDescription`. Entry points set the base from their own location; without it
 * diagnostics carry no link.
 */
let base: string | undefined;

export function setRuleDocsBase(url: string | undefined): void {
    base = url && !url.endsWith('/') ? `${url}/` : url;
}

export function ruleDocHref(code: string): string | undefined {
    return base ? `${base}${code}.md` : undefined;
}
