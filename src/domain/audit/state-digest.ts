import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** JSON round trip first: Dates become ISO strings, undefined members vanish. */
export function toPlainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

/** SHA-256 of the RFC 8785 canonical JSON of a state: the same state always gives the same digest. */
export function stateDigest(state: unknown): string {
  const text = canonicalize(toPlainJson(state)) ?? 'null';
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
