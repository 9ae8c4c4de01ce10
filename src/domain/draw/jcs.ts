// RFC 8785 (JCS) canonical JSON, for the values a draw holds: strings, safe integers, booleans,
// null, arrays and objects (DRAW.md §1).
import type { JsonValue } from './types.ts';

export function canonicalJson(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // Floats never reach here: the strict reader and the validators refuse them.
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as { readonly [key: string]: JsonValue };
  // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 prescribes.
  const members = Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key] ?? null)}`);
  return `{${members.join(',')}}`;
}
