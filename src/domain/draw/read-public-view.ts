// Reads an RDRAW-2 public view (DRAW.md §9) from strict JSON: members, types and hex formats only;
// the checks of public verification come in verify-public.ts.
import type { InputProblem } from './errors.ts';
import { exactMembers, isArray, isId, isInteger, isLowerHex, isObject, member } from './json-checks.ts';
import { PUBLIC_VIEW_VERSION } from './public-view.ts';
import type { PublicStratum, PublicTeam, PublicView } from './public-view.ts';
import { readPlan } from './validate-plan.ts';
import type { JsonValue, Plan } from './types.ts';

const VIEW_MEMBERS = [
  'version',
  'plan',
  'poolSize',
  'digests',
  'commitments',
  'reveals',
  'strata',
  'selected',
  'teams',
];
const DIGESTS = ['plan', 'pool', 'inspectors', 'strata', 'seed', 'result', 'public'];

export interface ReadView {
  readonly view: PublicView;
  /** Undefined when the plan is not a valid plan (§2): the plan check fails, the rest still runs. */
  readonly plan: Plan | undefined;
  readonly planProblems: readonly InputProblem[];
}

/** True when `value` has the members of a public view (it may still fail every check). */
export function looksLikePublicView(value: JsonValue): boolean {
  return isObject(value) && member(value, 'version') === PUBLIC_VIEW_VERSION;
}

export function readPublicView(
  json: JsonValue,
): { ok: true; read: ReadView } | { ok: false; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const top = exactMembers(json, VIEW_MEMBERS, '');
  if (top) return { ok: false, problems: [top] };
  const v = json as Record<string, JsonValue>;
  if (v.version !== PUBLIC_VIEW_VERSION)
    problems.push({ at: 'version', problem: `expected "${PUBLIC_VIEW_VERSION}"` });
  if (!isObject(v.plan)) problems.push({ at: 'plan', problem: 'expected an object' });
  if (!isInteger(v.poolSize, 0)) problems.push({ at: 'poolSize', problem: 'expected an integer ≥ 0' });
  const digests = v.digests;
  const digestProblem = exactMembers(digests, DIGESTS, 'digests');
  if (digestProblem) problems.push(digestProblem);
  else if (!DIGESTS.every((k) => isLowerHex(member(digests as never, k), 32, 32)))
    problems.push({ at: 'digests', problem: 'expected 32-byte lowercase hex digests' });
  rows(v.commitments, 'commitments', { witness: 'id', commit: 'digest' }, problems);
  rows(v.reveals, 'reveals', { witness: 'id', nonce: 'hex' }, problems);
  rows(
    v.strata,
    'strata',
    { stratum: 'text', saltCommit: 'digest', eligible: 'count', quota: 'count' },
    problems,
  );
  if (!isArray(v.selected) || !v.selected.every(isId))
    problems.push({ at: 'selected', problem: 'expected an array of ids' });
  teamRows(v.teams, problems);
  if (problems.length > 0) return { ok: false, problems };
  const planProblems: InputProblem[] = [];
  const plan = readPlan(v.plan, planProblems);
  return { ok: true, read: { view: json as unknown as PublicView, plan, planProblems } };
}

type Kind = 'id' | 'text' | 'digest' | 'hex' | 'count';

function fits(value: JsonValue | undefined, kind: Kind): boolean {
  if (kind === 'id') return isId(value);
  if (kind === 'text') return typeof value === 'string';
  if (kind === 'digest') return isLowerHex(value, 32, 32);
  if (kind === 'hex') return isLowerHex(value, 0);
  return isInteger(value, 0);
}

function rows(
  value: JsonValue | undefined,
  at: string,
  fields: Readonly<Record<string, Kind>>,
  problems: InputProblem[],
): void {
  if (!isArray(value)) {
    problems.push({ at, problem: 'expected an array' });
    return;
  }
  value.forEach((row, i) => {
    const problem = exactMembers(row, Object.keys(fields), `${at}[${i}]`);
    if (problem) problems.push(problem);
    else
      for (const [field, kind] of Object.entries(fields))
        if (!fits(member(row as never, field), kind))
          problems.push({ at: `${at}[${i}].${field}`, problem: `expected ${kind}` });
  });
}

function teamRows(value: JsonValue | undefined, problems: InputProblem[]): value is PublicTeam[] {
  const start = problems.length;
  if (!isArray(value)) {
    problems.push({ at: 'teams', problem: 'expected an array' });
    return false;
  }
  value.forEach((team, i) => {
    const at = `teams[${i}]`;
    const problem = exactMembers(team, ['entity', 'pools'], at);
    if (problem) return void problems.push(problem);
    const t = team as Record<string, JsonValue>;
    if (!isId(t.entity)) problems.push({ at: `${at}.entity`, problem: 'expected an id' });
    if (!isArray(t.pools)) return void problems.push({ at: `${at}.pools`, problem: 'expected an array' });
    t.pools.forEach((pool, j) => {
      const p = exactMembers(pool, ['pool', 'inspectors'], `${at}.pools[${j}]`);
      const ok =
        !p &&
        isId(member(pool as never, 'pool')) &&
        isArray(member(pool as never, 'inspectors')) &&
        (member(pool as never, 'inspectors') as JsonValue[]).every(isId);
      if (!ok)
        problems.push(p ?? { at: `${at}.pools[${j}]`, problem: 'expected { pool, inspectors: [ids] }' });
    });
  });
  return problems.length === start;
}

export type { PublicStratum };
