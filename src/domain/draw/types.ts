// The data of an RDRAW-1 or RDRAW-2 draw (DRAW.md §2–§7, §9).

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

export const SUITES = ['RDRAW-1-SHA256', 'RDRAW-1-SM3', 'RDRAW-2-SHA256', 'RDRAW-2-SM3'] as const;
export type Suite = (typeof SUITES)[number];
export type DrawVersion = 'RDRAW-1' | 'RDRAW-2';

/** RDRAW-2 keys each stratum with a private salt (DRAW.md §9); RDRAW-1 bundles stay verifiable. */
export function versionOf(suite: Suite): DrawVersion {
  return suite.startsWith('RDRAW-2') ? 'RDRAW-2' : 'RDRAW-1';
}

export function isPrivate(suite: Suite): boolean {
  return versionOf(suite) === 'RDRAW-2';
}

export interface Rate {
  readonly num: number;
  readonly den: number;
}

export type QuotaRule =
  | { readonly rule: 'rate'; readonly rates: ReadonlyMap<string, Rate> }
  | { readonly rule: 'total'; readonly k: number };

export interface TeamSpec {
  readonly pool: string;
  readonly size: number;
}

/** The validated plan; `json` is the plan exactly as given, hashed whole (extra members too). */
export interface Plan {
  readonly drawId: string;
  readonly suite: Suite;
  readonly itemIds: readonly string[];
  readonly drawDate: string;
  readonly quota: QuotaRule;
  readonly reservePerStratum: number;
  readonly teams: readonly TeamSpec[];
  readonly inspectorReserve: number;
  readonly maxLoad: number;
  readonly witnesses: readonly string[];
  readonly json: JsonObject;
}

// Records and results are type aliases, not interfaces, so that they are JsonValues (for JCS).
export type PoolRecord = {
  readonly id: string;
  readonly stratum: string;
  readonly exclusion: number;
};

/**
 * The entity pool in columns, so that ten million records cost a few hundred megabytes and no
 * per-record object: UTF-8 ids back to back, a stratum index and an exclusion code per record.
 */
export interface PoolTable {
  readonly size: number;
  /** UTF-8 bytes of every id, back to back. */
  readonly idBytes: Uint8Array;
  /** Record i's id is idBytes[idOffsets[i] … idOffsets[i + 1]). Length size + 1. */
  readonly idOffsets: Uint32Array;
  /** Distinct stratum labels, in any order. */
  readonly strata: readonly string[];
  /** Index into `strata`, per record. */
  readonly stratumOf: Uint32Array;
  readonly exclusion: Uint8Array;
}

export type InspectorRecord = {
  readonly id: string;
  readonly pool: string;
  readonly exclusion: number;
};

export type Conflict = {
  readonly entity: string;
  readonly inspector: string;
};

/** `nonce` is lowercase hex. */
export type Reveal = {
  readonly witness: string;
  readonly nonce: string;
};

/** RDRAW-2: a stratum's private salt, 32 bytes as lowercase hex. */
export type Salt = {
  readonly stratum: string;
  readonly salt: string;
};

/** `commit` is lowercase hex. */
export type Commitment = {
  readonly witness: string;
  readonly commit: string;
};

export interface DrawInput {
  readonly plan: Plan;
  readonly pool: PoolTable;
  readonly inspectors: readonly InspectorRecord[];
  readonly conflicts: readonly Conflict[];
  readonly reveals: readonly Reveal[];
  /** RDRAW-2 only: one salt per stratum of the pool. */
  readonly salts?: readonly Salt[];
  /** When given, every reveal must match its commitment (`reveal-mismatch`). */
  readonly commitments?: readonly Commitment[];
}

export type StratumResult = {
  readonly stratum: string;
  readonly eligible: number;
  readonly quota: number;
  readonly selected: readonly string[];
  readonly reserve: readonly string[];
};

export type TeamPoolResult = {
  readonly pool: string;
  readonly inspectors: readonly string[];
  readonly reserve: readonly string[];
};

export type TeamResult = {
  readonly entity: string;
  readonly pools: readonly TeamPoolResult[];
};

export type DrawResult = {
  readonly strata: readonly StratumResult[];
  readonly teams: readonly TeamResult[];
};

/** Lowercase-hex digests, as the bundle and the signature statement carry them (`strata` and `public`: RDRAW-2). */
export type DrawDigests = {
  readonly plan: string;
  readonly pool: string;
  readonly inspectors: string;
  readonly seed: string;
  readonly result: string;
  readonly strata?: string;
  readonly public?: string;
};

export interface EntityReplacement {
  readonly kind: 'entity';
  readonly stratum: string;
  readonly out: string;
  readonly in: string;
}

export interface InspectorReplacement {
  readonly kind: 'inspector';
  readonly entity: string;
  readonly pool: string;
  readonly out: string;
  readonly in: string;
}

/** Further members (reason, approval, time, signatures) travel in `json`. */
export type Replacement = (EntityReplacement | InspectorReplacement) & { readonly json: JsonObject };

export interface DrawBundle {
  readonly version: DrawVersion;
  readonly plan: JsonObject;
  readonly pool: readonly PoolRecord[];
  readonly inspectors: readonly InspectorRecord[];
  readonly conflicts: readonly Conflict[];
  readonly commitments: readonly Commitment[];
  readonly reveals: readonly Reveal[];
  readonly digests: DrawDigests;
  readonly result: DrawResult;
  readonly signatures: readonly JsonValue[];
  readonly replacements: readonly JsonObject[];
  /** RDRAW-2 only, in stratum order. */
  readonly salts?: readonly Salt[];
}
