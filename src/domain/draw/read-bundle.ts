// Reads an RDRAW-1 or RDRAW-2 bundle for `verify`: its inputs (to recompute) and its claims (to compare against).
import { invalidInput } from './errors.ts';
import type { InputProblem, Outcome } from './errors.ts';
import { isArray, isLowerHex, isObject, member } from './json-checks.ts';
import { readInputMembers } from './read-input.ts';
import { readReplacement } from './replacements.ts';
import { versionOf } from './types.ts';
import { parseStrictJson } from './strict-json.ts';
import type { DrawInput, DrawVersion, JsonObject, JsonValue, Replacement } from './types.ts';

const BUNDLE_MEMBERS: readonly string[] = [
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
/** RDRAW-2 adds the strata digest and the public part's digest (DRAW.md §9). */
export const PRIVATE_DIGEST_NAMES = [...DIGEST_NAMES, 'strata', 'public'] as const;
export type DigestName = (typeof PRIVATE_DIGEST_NAMES)[number];

export function digestNames(version: DrawVersion): readonly DigestName[] {
  return version === 'RDRAW-2' ? PRIVATE_DIGEST_NAMES : DIGEST_NAMES;
}

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
  const version = member(json, 'version');
  if (version !== 'RDRAW-1' && version !== 'RDRAW-2')
    problems.push({ at: 'version', problem: 'expected "RDRAW-1" or "RDRAW-2"' });
  const members = version === 'RDRAW-2' ? [...BUNDLE_MEMBERS, 'salts'] : BUNDLE_MEMBERS;
  const missing = members.filter((k) => !Object.hasOwn(json, k));
  if (missing.length > 0) problems.push({ at: '', problem: 'missing member', ids: missing });
  const extra = Object.keys(json).filter((k) => !members.includes(k));
  if (extra.length > 0) problems.push({ at: '', problem: 'unexpected member', ids: extra });
  const input = readInputMembers(json, problems);
  if (input && version !== versionOf(input.plan.suite))
    problems.push({
      at: 'version',
      problem: `the plan's suite ${input.plan.suite} is not ${JSON.stringify(version ?? null)}`,
    });
  const names = digestNames(version === 'RDRAW-2' ? 'RDRAW-2' : 'RDRAW-1');
  const digests = member(json, 'digests');
  const digestsOk = isObject(digests) && names.every((k) => isLowerHex(member(digests, k), 32, 32));
  if (!digestsOk || Object.keys(digests).length !== names.length) {
    problems.push({
      at: 'digests',
      problem: `expected { ${names.join(', ')} } as 32-byte lowercase hex`,
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
