// `verify` (DRAW.md §7): recompute every commitment, digest and the whole result from a bundle's
// inputs, compare exactly (types included) and report each mismatch.
import { computeDraw, witnessCommitments } from './compute.ts';
import type { ComputedDraw } from './compute.ts';
import { invalidInput } from './errors.ts';
import type { DrawError, Outcome } from './errors.ts';
import type { Hasher } from './hasher.ts';
import { canonicalJson } from './jcs.ts';
import { isObject, member } from './json-checks.ts';
import { digestNames } from './read-bundle.ts';
import type { BundleClaims } from './read-bundle.ts';
import { checkReplacements } from './replacements.ts';
import type { DrawInput, JsonObject, JsonValue } from './types.ts';
import { versionOf } from './types.ts';
import { commitmentProblems } from './validate-input.ts';

export type MismatchKind =
  'commitment' | 'digest' | 'stratum' | 'team' | 'result' | 'replacement' | 'draw' | 'signature';

export interface Mismatch {
  readonly kind: MismatchKind;
  /** Which one: the witness, digest name, stratum, entity, or replacements[i]. */
  readonly key: string;
  /** Members that differ, for a stratum or a team. */
  readonly fields?: readonly string[];
  /** The recomputed value. */
  readonly expected: JsonValue;
  /** What the bundle says. */
  readonly actual: JsonValue;
}

export type Verification = Outcome<{ readonly mismatches: readonly Mismatch[] }>;

/** The input to recompute: reveals are compared with their commitments one by one, not refused. */
export function recomputable(input: DrawInput): DrawInput {
  const { commitments: _claimed, ...rest } = input;
  return rest;
}

export function verifyBundle(h: Hasher, input: DrawInput, claims: BundleClaims): Verification {
  return compareDraw(h, input, claims, computeDraw(recomputable(input), h));
}

/** Compares a bundle with a recomputation of its inputs; invalid inputs make an invalid bundle. */
export function compareDraw(
  h: Hasher,
  input: DrawInput,
  claims: BundleClaims,
  computed: Outcome<{ draw: ComputedDraw }>,
): Verification {
  if (!computed.ok && computed.error.name === 'invalid-input') return computed;
  const listed = commitmentProblems(input.plan, input.commitments ?? []);
  if (listed.length > 0) return { ok: false, error: invalidInput(listed) };
  const mismatches = commitmentMismatches(h, input);
  if (!computed.ok) return { ok: true, mismatches: [...mismatches, refusal(computed.error)] };
  const { draw } = computed;
  const replaced = checkReplacements(draw.result, claims.replacements, input.conflicts);
  return {
    ok: true,
    mismatches: mismatches.concat(
      digestMismatches(draw, claims),
      resultMismatches(draw, claims),
      replaced.ok ? [] : [replacementMismatch(replaced.error.detail, claims)],
    ),
  };
}

function digestMismatches(draw: ComputedDraw, claims: BundleClaims): Mismatch[] {
  const names = digestNames(versionOf(draw.prepared.input.plan.suite));
  return names
    .filter((name) => member(claims.digests, name) !== draw.digests[name])
    .map((name) => ({
      kind: 'digest',
      key: name,
      expected: draw.digests[name] ?? null,
      actual: member(claims.digests, name) ?? null,
    }));
}

/** Stratum by stratum, team by team; the whole result only when neither list shows the difference. */
function resultMismatches(draw: ComputedDraw, claims: BundleClaims): Mismatch[] {
  const listed = listMismatches('stratum', draw.result.strata, claims.result.strata, 'stratum').concat(
    listMismatches('team', draw.result.teams, claims.result.teams, 'entity'),
  );
  if (listed.length > 0 || canonicalJson(claims.result) === canonicalJson(draw.result)) return listed;
  return [{ kind: 'result', key: 'result', expected: draw.result, actual: claims.result }];
}

function replacementMismatch(detail: JsonObject, claims: BundleClaims): Mismatch {
  const k = typeof detail.index === 'number' ? detail.index : 0;
  return {
    kind: 'replacement',
    key: `replacements[${k}]`,
    expected: detail,
    actual: claims.replacements[k]?.json ?? null,
  };
}

function commitmentMismatches(h: Hasher, input: DrawInput): Mismatch[] {
  const claimed = new Map(input.commitments?.map((c) => [c.witness, c.commit]));
  return witnessCommitments(h, input)
    .filter((c) => claimed.get(c.witness) !== c.commit)
    .map((c) => ({
      kind: 'commitment',
      key: c.witness,
      expected: c.commit,
      actual: claimed.get(c.witness) ?? null,
    }));
}

function refusal(error: DrawError): Mismatch {
  return {
    kind: 'draw',
    key: error.name,
    expected: { error: error.name, detail: error.detail },
    actual: 'a result',
  };
}

/** Entry by entry, in order; an entry is named by its recomputed `name` member. */
function listMismatches(
  kind: MismatchKind,
  expected: readonly JsonValue[],
  actual: readonly JsonValue[],
  name: string,
): Mismatch[] {
  const out: Mismatch[] = [];
  for (let k = 0; k < Math.max(expected.length, actual.length); k++) {
    const e = expected[k] ?? null;
    const a = actual[k] ?? null;
    if (canonicalJson(e) === canonicalJson(a)) continue;
    const label = isObject(e) ? member(e, name) : isObject(a) ? member(a, name) : undefined;
    out.push({
      kind,
      key: typeof label === 'string' ? label : `#${k}`,
      fields: differingFields(e, a),
      expected: e,
      actual: a,
    });
  }
  return out;
}

function differingFields(e: JsonValue, a: JsonValue): string[] {
  if (!isObject(e) || !isObject(a)) return [];
  const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])].sort();
  return keys.filter(
    (k) =>
      canonicalJson(member(e, k) ?? null) !== canonicalJson(member(a, k) ?? null) ||
      Object.hasOwn(e, k) !== Object.hasOwn(a, k),
  );
}
