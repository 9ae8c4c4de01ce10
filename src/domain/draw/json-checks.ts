// Small type checks on strict-JSON values, shared by the plan, record and bundle readers.
import { utf8 } from './encoding.ts';
import type { InputProblem } from './errors.ts';
import type { JsonObject, JsonValue } from './types.ts';

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isArray(value: JsonValue | undefined): value is readonly JsonValue[] {
  return Array.isArray(value);
}

export function isInteger(value: JsonValue | undefined, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

/** Ids (entities, inspectors, witnesses, pools) are 1–255 bytes of UTF-8 (DRAW.md §1). */
export function isId(value: JsonValue | undefined): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 255) return false;
  return value.length * 3 <= 255 || utf8(value).length <= 255;
}

export function isLowerHex(
  value: JsonValue | undefined,
  minBytes: number,
  maxBytes = Infinity,
): value is string {
  return (
    typeof value === 'string' &&
    /^(?:[0-9a-f]{2})*$/.test(value) &&
    value.length >= 2 * minBytes &&
    value.length <= 2 * maxBytes
  );
}

export function member(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Record members must be exactly the hashed ones: an extra member would travel unhashed
 * (DRAW.md §2). Returns the problem, if any.
 */
export function exactMembers(
  value: JsonValue | undefined,
  keys: readonly string[],
  at: string,
): InputProblem | undefined {
  if (!isObject(value)) return { at, problem: 'expected an object' };
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length > 0) return { at, problem: 'unexpected member', ids: extra };
  const missing = keys.filter((k) => !Object.hasOwn(value, k));
  if (missing.length > 0) return { at, problem: 'missing member', ids: missing };
  return undefined;
}

/** The keys that occur more than once, each listed once. */
export function duplicates(keys: Iterable<string>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}
