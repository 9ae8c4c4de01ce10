// Replacements (递补, DRAW.md §6, R-19.2, R-21.2): each takes the first unused entry of a
// replacement list. Pure, so the service that records them and `verify` share the rule.
import { replacementInvalid } from './errors.ts';
import type { Outcome, ReplacementErrorName } from './errors.ts';
import { isObject, member } from './json-checks.ts';
import { conflictIndex } from './teams.ts';
import type { Conflict, DrawResult, JsonValue, Replacement } from './types.ts';

export interface StratumState {
  readonly stratum: string;
  readonly selected: readonly string[];
  readonly reserve: readonly string[];
  /** Reserve entries taken so far: the next one is reserve[used]. */
  readonly used: number;
}

export interface TeamPoolState {
  readonly pool: string;
  readonly inspectors: readonly string[];
  readonly reserve: readonly string[];
  readonly used: readonly string[];
}

export interface TeamState {
  /** The team's current entity: an incoming entity takes over the outgoing one's team. */
  readonly entity: string;
  readonly pools: readonly TeamPoolState[];
}

export interface ReplacementState {
  readonly strata: readonly StratumState[];
  readonly teams: readonly TeamState[];
}

type Barred = ReadonlyMap<string, ReadonlySet<string>>;
type Applied = Outcome<{ state: ReplacementState }, ReplacementErrorName>;

export function replacementState(result: DrawResult): ReplacementState {
  return {
    strata: result.strata.map((s) => ({
      stratum: s.stratum,
      selected: s.selected,
      reserve: s.reserve,
      used: 0,
    })),
    teams: result.teams.map((t) => ({ entity: t.entity, pools: t.pools.map((p) => ({ ...p, used: [] })) })),
  };
}

export function readReplacement(value: JsonValue): Replacement | undefined {
  if (!isObject(value)) return undefined;
  const text = (key: string): string | undefined => {
    const v = member(value, key);
    return typeof v === 'string' ? v : undefined;
  };
  const [kind, out, incoming] = [text('kind'), text('out'), text('in')];
  if (out === undefined || incoming === undefined) return undefined;
  const stratum = text('stratum');
  if (kind === 'entity' && stratum !== undefined) return { kind, stratum, out, in: incoming, json: value };
  const [entity, pool] = [text('entity'), text('pool')];
  if (kind === 'inspector' && entity !== undefined && pool !== undefined)
    return { kind, entity, pool, out, in: incoming, json: value };
  return undefined;
}

/** The entity a replacement in `stratum` must bring in next, if any is left. */
export function nextEntityReserve(state: ReplacementState, stratum: string): string | undefined {
  const s = state.strata.find((x) => x.stratum === stratum);
  return s?.reserve[s.used];
}

/** The inspector that must come in next: the first unused reserve without a conflict. */
export function nextInspectorReserve(
  state: ReplacementState,
  entity: string,
  pool: string,
  barred: Barred,
): string | undefined {
  const p = state.teams.find((t) => t.entity === entity)?.pools.find((x) => x.pool === pool);
  return p?.reserve.find((id) => !p.used.includes(id) && !barred.get(entity)?.has(id));
}

const swap = (list: readonly string[], out: string, incoming: string): string[] =>
  list.map((x) => (x === out ? incoming : x));

export function applyReplacement(
  state: ReplacementState,
  r: Replacement,
  barred: Barred,
  index = 0,
): Applied {
  const fail = (reason: string, expected: string | null): Applied => ({
    ok: false,
    error: replacementInvalid(index, reason, { kind: r.kind, out: r.out, in: r.in, expected }),
  });
  if (r.kind === 'entity') {
    const s = state.strata.find((x) => x.stratum === r.stratum);
    if (!s) return fail('no such stratum', null);
    if (!s.selected.includes(r.out))
      return fail('out is not a currently selected entity of the stratum', null);
    const expected = s.reserve[s.used] ?? null;
    if (r.in !== expected) return fail('in is not the first unused reserve entry', expected);
    const strata = state.strata.map((x) =>
      x === s ? { ...s, selected: swap(s.selected, r.out, r.in), used: s.used + 1 } : x,
    );
    const teams = state.teams.map((t) => (t.entity === r.out ? { ...t, entity: r.in } : t));
    return { ok: true, state: { strata, teams } };
  }
  const team = state.teams.find((t) => t.entity === r.entity);
  const p = team?.pools.find((x) => x.pool === r.pool);
  if (!team || !p) return fail('no team of this entity and pool', null);
  if (!p.inspectors.includes(r.out)) return fail('out is not a current member of the team', null);
  const expected = nextInspectorReserve(state, r.entity, r.pool, barred) ?? null;
  if (r.in !== expected)
    return fail('in is not the first unused reserve inspector without a conflict', expected);
  const pools = team.pools.map((x) =>
    x === p ? { ...p, inspectors: swap(p.inspectors, r.out, r.in), used: [...p.used, r.in] } : x,
  );
  return {
    ok: true,
    state: { ...state, teams: state.teams.map((t) => (t === team ? { ...team, pools } : t)) },
  };
}

/** Replays the replacements in the order they happened; the first that breaks the rule fails. */
export function checkReplacements(
  result: DrawResult,
  replacements: readonly Replacement[],
  conflicts: readonly Conflict[],
): Applied {
  const barred = conflictIndex(conflicts);
  let state = replacementState(result);
  for (const [index, r] of replacements.entries()) {
    const applied = applyReplacement(state, r, barred, index);
    if (!applied.ok) return applied;
    state = applied.state;
  }
  return { ok: true, state };
}
