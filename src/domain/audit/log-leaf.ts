// The leaf of an audit event in the Merkle log (issue 10.3, docs/log.md): the UTF-8 bytes of the RFC 8785
// canonical JSON of the event's stored columns, so anyone holding an event can recompute its leaf.
import canonicalize from 'canonicalize';
import { toPlainJson } from './state-digest.ts';

export interface LoggedEvent {
  readonly seq: number;
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly unitId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly digest: string;
  readonly data: unknown;
}

/** Version 1: {v, seq, at (ISO 8601, ms), actorId, actorName, unitId, action, objectType, objectId, digest, data}. */
export function leafBytes(e: LoggedEvent): Uint8Array {
  const text = canonicalize({
    v: 1,
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    unitId: e.unitId,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    digest: e.digest,
    data: toPlainJson(e.data),
  });
  return new TextEncoder().encode(text ?? '');
}
