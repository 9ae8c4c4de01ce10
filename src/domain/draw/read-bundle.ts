// Reads a bundle for `verify`: its inputs (to recompute) and its claims (to compare against).
import { invalidInput } from './errors.ts';
import type { InputProblem, Outcome } from './errors.ts';
import { isArray, isLowerHex, isObject, member } from './json-checks.ts';
import { readInputMembers } from './read-input.ts';
import { readReplacement } from './replacements.ts';
import { parseStrictJson } from './strict-json.ts';
import type { DrawInput, JsonObject, JsonValue, Replacement } from './types.ts';

const BUNDLE_MEMBERS = [
  'version',
  'plan',
  'pool',
  'inspectors',
  'conflicts',
  'commitments',
  'reveals',
  'digests',
  'result',
  'signatures',
  'replacements',
];
export const DIGEST_NAMES = ['plan', 'pool', 'inspectors', 'seed', 'result'] as const;

/** What the bundle states, compared exactly (types included) with the recomputation. */
export interface BundleClaims {
  readonly digests: JsonObject;
  readonly result: JsonObject & {
    readonly strata: readonly JsonValue[];
    readonly teams: readonly JsonValue[];
  };
  readonly replacements: readonly Replacement[];
}

export function parseBundle(text: string): Outcome<{ input: DrawInput; claims: BundleClaims }> {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: invalidInput([{ at: `JSON @${parsed.error.position}`, problem: parsed.error.message }]),
    };
  return readBundle(parsed.value);
}

export function readBundle(json: JsonValue): Outcome<{ input: DrawInput; claims: BundleClaims }> {
  if (!isObject(json)) return { ok: false, error: invalidInput([{ at: '', problem: 'expected an object' }]) };
  const problems: InputProblem[] = [];
  const missing = BUNDLE_MEMBERS.filter((k) => !Object.hasOwn(json, k));
  if (missing.length > 0) problems.push({ at: '', problem: 'missing member', ids: missing });
  const extra = Object.keys(json).filter((k) => !BUNDLE_MEMBERS.includes(k));
  if (extra.length > 0) problems.push({ at: '', problem: 'unexpected member', ids: extra });
  if (member(json, 'version') !== 'RDRAW-1') problems.push({ at: 'version', problem: 'expected "RDRAW-1"' });
  const input = readInputMembers(json, problems);
  const digests = member(json, 'digests');
  const digestsOk = isObject(digests) && DIGEST_NAMES.every((k) => isLowerHex(member(digests, k), 32, 32));
  if (!digestsOk || Object.keys(digests).length !== DIGEST_NAMES.length) {
    problems.push({
      at: 'digests',
      problem: `expected { ${DIGEST_NAMES.join(', ')} } as 32-byte lowercase hex`,
    });
  }
  const result = member(json, 'result');
  const resultOk = isObject(result) && isArray(member(result, 'strata')) && isArray(member(result, 'teams'));
  if (!resultOk) problems.push({ at: 'result', problem: 'expected { "strata": [...], "teams": [...] }' });
  if (!isArray(member(json, 'signatures'))) problems.push({ at: 'signatures', problem: 'expected an array' });
  const replacements = readReplacements(member(json, 'replacements'), problems);
  if (!input || problems.length > 0 || !isObject(digests) || !resultOk || !replacements) {
    return { ok: false, error: invalidInput(problems) };
  }
  return { ok: true, input, claims: { digests, result: result as BundleClaims['result'], replacements } };
}

function readReplacements(value: JsonValue | undefined, problems: InputProblem[]): Replacement[] | undefined {
  if (!isArray(value)) {
    problems.push({ at: 'replacements', problem: 'expected an array' });
    return undefined;
  }
  const out: Replacement[] = [];
  value.forEach((entry, i) => {
    const replacement = readReplacement(entry);
    if (replacement) out.push(replacement);
    else
      problems.push({ at: `replacements[${i}]`, problem: 'expected an entity or an inspector replacement' });
  });
  return out.length === value.length ? out : undefined;
}
