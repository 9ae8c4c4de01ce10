import type { FieldProblem } from '../field-problem.ts';

/** The outcome of a rule that can fail in an expected way: the checked value, or every problem found. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

export type AddProblem = (field: string, code: string, message: string) => void;

/** A problem list and its `add`, the way the other domain checks collect problems. */
export function problemList(): { readonly problems: FieldProblem[]; readonly add: AddProblem } {
  const problems: FieldProblem[] = [];
  return { problems, add: (field, code, message) => problems.push({ field, code, message }) };
}

export function checked<T>(value: T, problems: readonly FieldProblem[]): Checked<T> {
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}
