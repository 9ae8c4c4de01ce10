// Test support: the shared vectors and small generated draw inputs (imported by *.test.ts only).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { browserHasher } from './hash-browser.ts';
import { nodeHasher } from './hash-node.ts';
import type { Hasher } from './hasher.ts';
import { readDrawInput } from './read-input.ts';
import type {
  Commitment,
  Conflict,
  DrawInput,
  DrawResult,
  InspectorRecord,
  JsonObject,
  JsonValue,
  PoolRecord,
  Reveal,
  Suite,
} from './types.ts';

/** `test/vectors/`: the independent implementation's vectors, copied into the repository with their README. */
export const VECTORS = new URL('../../../test/vectors/', import.meta.url);
export const VECTOR_NAMES = [
  'v1-sha256',
  'v1-sm3',
  'v2-total-sha256',
  'v3-joint-sha256',
  'v4-private-sha256',
  'v4-private-sm3',
] as const;

export function vectorText(name: string, kind: 'input' | 'bundle' | 'public'): string {
  return readFileSync(new URL(`${name}.${kind}.json`, VECTORS), 'utf8');
}

export function vectorJson(name: string, kind: 'input' | 'bundle' | 'public'): JsonObject {
  return JSON.parse(vectorText(name, kind)) as JsonObject;
}

export const HASHERS: readonly { readonly name: string; readonly make: (suite: Suite) => Hasher }[] = [
  { name: 'node', make: nodeHasher },
  { name: 'browser', make: browserHasher },
];

type Mutable<T> = {
  -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : Mutable<T[K]>;
};

export interface PlanJson {
  drawId: string;
  suite: string;
  itemIds: string[];
  drawDate: string;
  quota: { rule: string; rates: Record<string, { num: number; den: number }> };
  reservePerStratum: number;
  teams: { pool: string; size: number }[];
  inspectorReserve: number;
  maxLoad: number;
  witnesses: string[];
}

/** A `*.input.json` as plain mutable data, to tamper with. */
export interface InputJson {
  plan: PlanJson;
  pool: Mutable<PoolRecord>[];
  inspectors: Mutable<InspectorRecord>[];
  conflicts: Mutable<Conflict>[];
  reveals: Mutable<Reveal>[];
  commitments?: Mutable<Commitment>[];
}

/** A `*.bundle.json` as plain mutable data, to tamper with. */
export interface BundleJson extends InputJson {
  version: string;
  commitments: Mutable<Commitment>[];
  digests: Record<string, string>;
  result: Mutable<DrawResult>;
  signatures: unknown[];
  replacements: Record<string, string>[];
}

export function inputJson(name: string): InputJson {
  return JSON.parse(vectorText(name, 'input')) as InputJson;
}

export function bundleJson(name: string): BundleJson {
  return JSON.parse(vectorText(name, 'bundle')) as BundleJson;
}

/** The k-th element, which the test knows is there. */
export function at<T>(list: readonly T[], k: number): T {
  const item = list[k];
  if (item === undefined) throw new RangeError(`no element ${k}`);
  return item;
}

/** Test data goes in as it would come from the strict reader. */
export function asJson(value: object): JsonValue {
  return value as JsonValue;
}

export function inputOf(json: object): DrawInput {
  const read = readDrawInput(asJson(json));
  if (!read.ok) throw new Error(`fixture input is invalid: ${read.error.message}`);
  return read.input;
}

export function nonceHex(seed: number, bytes = 16): string {
  return Array.from({ length: bytes }, (_, k) =>
    ((seed * 131 + k * 29 + 7) & 0xff).toString(16).padStart(2, '0'),
  ).join('');
}

/** A valid draw input: 1–4 strata, 1–2 team pools of 8 eligible inspectors, a few conflicts. */
export const smallDrawJson: fc.Arbitrary<JsonObject> = fc
  .record({
    entities: fc.uniqueArray(fc.stringMatching(/^[0-9A-HJ-NP-RT-UW-Y]{4,18}$/), {
      minLength: 4,
      maxLength: 40,
    }),
    strata: fc.integer({ min: 1, max: 4 }),
    excluded: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }),
    pools: fc.integer({ min: 1, max: 2 }),
    conflicts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    nonce: fc.integer({ min: 0, max: 1e6 }),
    reserve: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ entities, strata, excluded, pools, conflicts, nonce, reserve }) => {
    const poolNames = ['ZA', 'XF'].slice(0, pools);
    const pool = entities.map((id, k) => ({
      id,
      stratum: `1508${k % strata}/${'ABCD'[k % strata] ?? 'A'}`,
      exclusion: [0, 0, 0, 0, 1, 3][excluded[k] ?? 0] ?? 0,
    }));
    const inspectors = poolNames.flatMap((p, pk) =>
      Array.from({ length: 9 }, (_, k) => ({ id: `${p}-${k}`, pool: p, exclusion: k === 8 - pk ? 2 : 0 })),
    );
    const pairs = new Map(
      conflicts.map(([e, i]) => [`${e % entities.length}/${i % inspectors.length}`, { e, i }]),
    );
    return {
      plan: {
        drawId: `PROP-${nonce}`,
        suite: 'RDRAW-1-SHA256',
        itemIds: ['ITEM-1'],
        drawDate: '2025-06-30',
        quota: {
          rule: 'rate',
          rates: {
            A: { num: 10, den: 100 },
            B: { num: 30, den: 100 },
            C: { num: 50, den: 100 },
            D: { num: 1, den: 3 },
          },
        },
        reservePerStratum: reserve,
        teams: poolNames.map((p) => ({ pool: p, size: pools === 1 ? 2 : 1 })),
        inspectorReserve: 1,
        maxLoad: 20,
        witnesses: ['system', 'W-2'],
      },
      pool,
      inspectors,
      conflicts: [...pairs.values()].map(({ e, i }) => ({
        entity: entities[e % entities.length] ?? '',
        inspector: inspectors[i % inspectors.length]?.id ?? '',
      })),
      reveals: [
        { witness: 'system', nonce: nonceHex(nonce) },
        { witness: 'W-2', nonce: nonceHex(nonce + 1, 24) },
      ],
    };
  });
