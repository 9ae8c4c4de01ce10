// The digests of DRAW.md §2, §3, §6 and §9: plan, pool, inspectors, witness commitments, salts and
// strata (RDRAW-2), seed, result, public part, and the statement the signers sign. The domain labels
// follow the hasher's suite: "RDRAW-1/…" or "RDRAW-2/…".
import { ByteWriter, compareUtf8, utf8 } from './encoding.ts';
import type { Hasher } from './hasher.ts';
import { canonicalJson } from './jcs.ts';
import { poolId } from './pool-table.ts';
import type {
  Conflict,
  DrawDigests,
  DrawResult,
  InspectorRecord,
  JsonObject,
  PoolTable,
  Suite,
} from './types.ts';
import { versionOf } from './types.ts';

const CHUNK_BYTES = 1 << 20;

function label(h: Hasher, name: string): ByteWriter {
  return new ByteWriter().lp(`${versionOf(h.suite)}/${name}`);
}

/** plan_digest = H(lp("RDRAW-1/plan") ‖ JCS(plan)), arrays exactly as given. */
export function planDigest(h: Hasher, plan: JsonObject): Uint8Array {
  return h.hash(
    label(h, 'plan')
      .bytes(utf8(canonicalJson(plan)))
      .finish(),
  );
}

/** The pool digest, and the ids that occur twice (neighbours in id order, found in the same pass). */
export interface HashedPool {
  readonly digest: Uint8Array;
  readonly duplicates: readonly string[];
}

const MAX_LISTED_DUPLICATES = 20;

/**
 * pool_digest = H(lp("RDRAW-1/pool") ‖ rec(e₁) ‖ … ‖ rec(eₙ)), `order` = records by id bytes.
 * Unless the ids are known to be distinct, neighbours are compared on the way.
 */
export function hashPool(h: Hasher, pool: PoolTable, order: Uint32Array, distinct = false): HashedPool {
  const stream = h.stream();
  stream.update(label(h, 'pool').finish());
  const strata = pool.strata.map((s) => new ByteWriter().lp(s).finish());
  const { idBytes, idOffsets, stratumOf, exclusion } = pool;
  const longest = strata.reduce((n, s) => Math.max(n, s.length), 0);
  const chunk = new Uint8Array(Math.max(CHUNK_BYTES, 2 * longest + 512));
  const duplicates: string[] = [];
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const start = idOffsets[i]!;
    const len = idOffsets[i + 1]! - start;
    const stratum = strata[stratumOf[i]!]!;
    if (at + 5 + len + stratum.length > chunk.length) {
      stream.update(chunk.subarray(0, at));
      at = 0;
    }
    const listed = duplicates.length < MAX_LISTED_DUPLICATES * 8;
    if (!distinct && listed && k > 0 && sameId(idBytes, idOffsets, order[k - 1]!, i))
      duplicates.push(poolId(pool, i));
    // rec(e) = lp(id) ‖ lp(stratum) ‖ u8(exclusion); ids are at most 255 bytes. Byte loops:
    // TypedArray.set costs more than copying a few bytes, ten million times over.
    chunk[at] = 0;
    chunk[at + 1] = 0;
    chunk[at + 2] = 0;
    chunk[at + 3] = len;
    at += 4;
    for (let j = 0; j < len; j++) chunk[at + j] = idBytes[start + j]!;
    at += len;
    for (let j = 0; j < stratum.length; j++) chunk[at + j] = stratum[j]!;
    at += stratum.length;
    chunk[at++] = exclusion[i]!;
  }
  stream.update(chunk.subarray(0, at));
  return { digest: stream.digest(), duplicates: [...new Set(duplicates)].slice(0, MAX_LISTED_DUPLICATES) };
}

function sameId(idBytes: Uint8Array, idOffsets: Uint32Array, a: number, b: number): boolean {
  const start = idOffsets[a]!;
  const len = idOffsets[a + 1]! - start;
  const other = idOffsets[b]!;
  if (idOffsets[b + 1]! - other !== len) return false;
  for (let j = 0; j < len; j++) if (idBytes[start + j] !== idBytes[other + j]) return false;
  return true;
}

export function sortInspectors(inspectors: readonly InspectorRecord[]): InspectorRecord[] {
  return [...inspectors].sort((a, b) => compareUtf8(a.id, b.id));
}

export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort(
    (a, b) => compareUtf8(a.entity, b.entity) || compareUtf8(a.inspector, b.inspector),
  );
}

/** Inspectors by id, then the conflicts by (entity, inspector) — all of them, as given. */
export function inspectorDigest(
  h: Hasher,
  inspectors: readonly InspectorRecord[],
  conflicts: readonly Conflict[],
): Uint8Array {
  const w = label(h, 'inspectors').u32(inspectors.length);
  for (const i of sortInspectors(inspectors)) w.lp(i.id).lp(i.pool).u8(i.exclusion);
  w.u32(conflicts.length);
  for (const c of sortConflicts(conflicts)) w.lp(c.entity).lp(c.inspector);
  return h.hash(w.finish());
}

/** commit_j = H(lp("RDRAW-1/commit") ‖ lp(drawId) ‖ lp(witness_j) ‖ nonce_j). */
export function witnessCommitment(h: Hasher, drawId: string, witness: string, nonce: Uint8Array): Uint8Array {
  return h.hash(label(h, 'commit').lp(drawId).lp(witness).bytes(nonce).finish());
}

export interface SeedInputs {
  readonly plan: Uint8Array;
  readonly pool: Uint8Array;
  readonly poolSize: number;
  readonly inspectors: Uint8Array;
  /** RDRAW-2 only: strata_digest, between the inspector digest and the witnesses. */
  readonly strata?: Uint8Array;
  readonly nonces: readonly { readonly witness: string; readonly nonce: Uint8Array }[];
}

/** seed = HMAC_H("RDRAW-n/seed", ikm), witnesses in id byte order inside ikm. */
export function drawSeed(h: Hasher, s: SeedInputs): Uint8Array {
  const ikm = label(h, 'ikm').bytes(s.plan).bytes(s.pool).u64(s.poolSize).bytes(s.inspectors);
  if (s.strata) ikm.bytes(s.strata);
  ikm.u32(s.nonces.length);
  for (const n of [...s.nonces].sort((a, b) => compareUtf8(a.witness, b.witness)))
    ikm.lp(n.witness).lp(n.nonce);
  return h.hmac(utf8(`${versionOf(h.suite)}/seed`), ikm.finish());
}

/** salt_commit_g = H(lp("RDRAW-2/salt") ‖ lp(g) ‖ s_g). */
export function saltCommitment(h: Hasher, stratum: string, salt: Uint8Array): Uint8Array {
  return h.hash(label(h, 'salt').lp(stratum).bytes(salt).finish());
}

/** strata_digest = H(lp("RDRAW-2/strata") ‖ u32(G) ‖ lp(g) ‖ salt_commit_g …), strata in byte order. */
export function strataDigest(
  h: Hasher,
  commits: readonly { readonly stratum: string; readonly commit: Uint8Array }[],
): Uint8Array {
  const w = label(h, 'strata').u32(commits.length);
  for (const c of [...commits].sort((a, b) => compareUtf8(a.stratum, b.stratum)))
    w.lp(c.stratum).bytes(c.commit);
  return h.hash(w.finish());
}

/** k_g = HMAC_H(seed, lp("RDRAW-2/stratum") ‖ lp(g) ‖ s_g): the key that keyE uses for stratum g. */
export function stratumKey(h: Hasher, seed: Uint8Array, stratum: string, salt: Uint8Array): Uint8Array {
  return h.hmac(seed, label(h, 'stratum').lp(stratum).bytes(salt).finish());
}

/** public_digest = H(lp("RDRAW-2/public") ‖ JCS(public_part)). */
export function publicDigest(h: Hasher, part: JsonObject): Uint8Array {
  return h.hash(
    label(h, 'public')
      .bytes(utf8(canonicalJson(part)))
      .finish(),
  );
}

export function resultDigest(h: Hasher, result: DrawResult): Uint8Array {
  return h.hash(
    label(h, 'result')
      .bytes(utf8(canonicalJson(result)))
      .finish(),
  );
}

/** The statement that the drawer, the supervisor and every witness sign (DRAW.md §6; §9 adds strata and public). */
export function signatureStatement(drawId: string, suite: Suite, digests: DrawDigests): string {
  const { plan, pool, inspectors, seed, result } = digests;
  const version = versionOf(suite);
  if (version === 'RDRAW-1')
    return canonicalJson({ version, drawId, suite, plan, pool, inspectors, seed, result });
  const { strata = '', public: publicPart = '' } = digests;
  return canonicalJson({
    version,
    drawId,
    suite,
    plan,
    pool,
    inspectors,
    seed,
    result,
    strata,
    public: publicPart,
  });
}
