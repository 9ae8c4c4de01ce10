// The invalid-input rules of DRAW.md §2 on a typed input (the plan was checked when read).
import type { InputProblem } from './errors.ts';
import { duplicates, isId, isInteger, isLowerHex } from './json-checks.ts';
import type { Commitment, DrawInput, Plan } from './types.ts';
import { saltProblems } from './private-strata.ts';
import { poolTableProblems } from './validate-pool.ts';

export const MAX_INSPECTOR_EXCLUSION = 3;
export const MIN_NONCE_BYTES = 16;
const DIGEST_BYTES = 32;

export function inputProblems(input: DrawInput): InputProblem[] {
  return [
    ...poolTableProblems(input.pool),
    ...inspectorProblems(input),
    ...conflictProblems(input),
    ...witnessListProblems(input.plan, 'reveals', input.reveals, (r) => isLowerHex(r.nonce, MIN_NONCE_BYTES)),
    ...(input.commitments ? commitmentProblems(input.plan, input.commitments) : []),
    ...saltProblems(input),
  ];
}

/** Exactly one 32-byte commitment per witness of the plan. */
export function commitmentProblems(plan: Plan, commitments: readonly Commitment[]): InputProblem[] {
  return witnessListProblems(plan, 'commitments', commitments, (c) =>
    isLowerHex(c.commit, DIGEST_BYTES, DIGEST_BYTES),
  );
}

function inspectorProblems({ inspectors }: DrawInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const badId = inspectors.filter((i) => !isId(i.id) || !isId(i.pool));
  if (badId.length > 0)
    problems.push({
      at: 'inspectors',
      problem: 'id and pool must be 1–255 bytes',
      ids: badId.map((i) => i.id),
    });
  const badCode = inspectors.filter(
    (i) => !isInteger(i.exclusion, 0) || i.exclusion > MAX_INSPECTOR_EXCLUSION,
  );
  if (badCode.length > 0)
    problems.push({ at: 'inspectors', problem: 'exclusion outside 0–3', ids: badCode.map((i) => i.id) });
  const twice = duplicates(inspectors.map((i) => i.id));
  if (twice.length > 0) problems.push({ at: 'inspectors', problem: 'duplicate id', ids: twice });
  return problems;
}

function conflictProblems({ conflicts }: DrawInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const bad = conflicts.filter((c) => !isId(c.entity) || !isId(c.inspector));
  if (bad.length > 0)
    problems.push({ at: 'conflicts', problem: 'ids must be 1–255 bytes', ids: bad.map((c) => c.entity) });
  // A pair as JSON: no separator character could be confused with id content.
  const twice = duplicates(conflicts.map((c) => JSON.stringify([c.entity, c.inspector])));
  if (twice.length > 0)
    problems.push({ at: 'conflicts', problem: 'duplicate (entity, inspector) pair', ids: twice });
  return problems;
}

/** Exactly one entry per witness of the plan, each with a well-formed value. */
function witnessListProblems<T extends { readonly witness: string }>(
  plan: Plan,
  at: string,
  list: readonly T[],
  wellFormed: (entry: T) => boolean,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const names = list.map((e) => e.witness);
  const strangers = names.filter((w) => !plan.witnesses.includes(w));
  if (strangers.length > 0) problems.push({ at, problem: 'not a witness of the plan', ids: strangers });
  const twice = duplicates(names);
  if (twice.length > 0) problems.push({ at, problem: 'more than one per witness', ids: twice });
  const missing = plan.witnesses.filter((w) => !names.includes(w));
  if (missing.length > 0) problems.push({ at, problem: 'missing for a witness', ids: missing });
  const malformed = list.filter((e) => !wellFormed(e)).map((e) => e.witness);
  const what =
    at === 'reveals' ? `a nonce of at least ${MIN_NONCE_BYTES} bytes` : `a ${DIGEST_BYTES}-byte digest`;
  if (malformed.length > 0)
    problems.push({ at, problem: `expected ${what} in lowercase hex`, ids: malformed });
  return problems;
}
