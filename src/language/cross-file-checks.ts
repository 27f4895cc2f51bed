import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Model } from './generated/ast.js';

/** A check on a whole file whose findings depend on other files (gaps, names declared twice). */
export interface CrossFileCheck {
    check(model: Model, accept: ValidationAcceptor): void;
    /**
     * What the check's findings in this file are made from, compared element by element with
     * `===`: if these are the same, so are the findings. Gaps are kept as the same objects while
     * they do not change, so they serve as their own inputs.
     */
    inputs(model: Model): readonly unknown[];
}

/**
 * The checks whose findings in one file depend on other files, and what each file's findings
 * were last made from. After a build, a file that was not rebuilt is validated again only if
 * these inputs changed: a keystroke in one map of a hundred revalidates that map and the few
 * maps whose gaps or duplicate names it changed, not all hundred.
 */
export class CrossFileChecks {
    private readonly checks: CrossFileCheck[] = [];
    private readonly reported = new Map<string, readonly unknown[]>();

    add(check: CrossFileCheck): void {
        this.checks.push(check);
    }

    /** Runs the checks during validation, remembering their inputs for the file. */
    validate(model: Model, accept: ValidationAcceptor): void {
        for (const check of this.checks) check.check(model, accept);
        this.reported.set(AstUtils.getDocument(model).uri.toString(), this.inputs(model));
    }

    /** Whether the checks would now be made from other inputs in this validated file. */
    isStale(document: LangiumDocument): boolean {
        const last = this.reported.get(document.uri.toString());
        if (last === undefined) return false; // never validated with these checks: nothing to compare
        const now = this.inputs(document.parseResult.value as Model);
        return now.length !== last.length || now.some((input, i) => input !== last[i]);
    }

    forget(uri: string): void {
        this.reported.delete(uri);
    }

    private inputs(model: Model): unknown[] {
        const inputs: unknown[] = [];
        for (const check of this.checks) for (const input of check.inputs(model)) inputs.push(input);
        return inputs;
    }
}

/** A check's findings as text, for checks whose findings are cheap to recompute (few per file). */
export function findingsAsText(check: (model: Model, accept: ValidationAcceptor) => void, model: Model): string[] {
    const found: string[] = [];
    check(model, (severity, message, info) => {
        const { node, range, property, relatedInformation } = info as { node: AstNode; range?: unknown; property?: string; relatedInformation?: unknown };
        found.push(JSON.stringify([severity, message, range ?? { offset: node.$cstNode?.offset, property }, relatedInformation ?? null]));
    });
    return found;
}
