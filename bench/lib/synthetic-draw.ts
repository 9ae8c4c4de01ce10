// A synthetic draw for the RDRAW-1 benchmark: n entities with valid 18-character unified social
// credit codes in 50 strata (10 regions × 5 sampling groups), one inspector pool.
import { PoolTableBuilder } from '../../src/domain/draw/pool-table.ts';
import { poolOrder } from '../../src/domain/draw/pool-order.ts';
import type { DrawInput, Plan, PoolTable } from '../../src/domain/draw/types.ts';
import { readPlan } from '../../src/domain/draw/validate-plan.ts';
import { creditCodeCheckChar } from '../../src/domain/validation/credit-code.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const REGIONS = [
  '150802',
  '150821',
  '150822',
  '150823',
  '150824',
  '150825',
  '150826',
  '150827',
  '150828',
  '150829',
];
const GROUPS = ['A', 'B', 'C', 'D', 'E'];
/** Share of each sampling group, per mille: most entities are low risk. */
const GROUP_SHARE = [400, 300, 150, 100, 50];
/** Rates per group: about 0.4 % of the eligible entities are drawn. */
export const RATES = { A: [1, 1000], B: [2, 1000], C: [5, 1000], D: [1, 100], E: [2, 100] } as const;
export const INSPECTORS = 50;
const SPAN = 31 ** 9;
// 3^18 is prime to 31, so i ↦ i·3^18 mod 31^9 is a bijection: organisation codes never repeat.
const MIX = 387_420_489;

/** A cheap deterministic hash of an integer, for strata and exclusions. */
function mix(i: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function creditCode(i: number, kind: string, region: string): string {
  let v = (i * MIX) % SPAN;
  let organisation = '';
  for (let k = 0; k < 9; k++) {
    organisation = (CHARSET[v % 31] ?? '0') + organisation;
    v = Math.floor(v / 31);
  }
  const first17 = `9${kind}${region}${organisation}`;
  return first17 + creditCodeCheckChar(first17);
}

function groupOf(h: number): string {
  let r = h % 1000;
  for (const [k, share] of GROUP_SHARE.entries()) {
    if (r < share) return GROUPS[k] ?? 'A';
    r -= share;
  }
  return 'A';
}

/** The pool in generation order (unrelated to id order), about 8 % excluded. */
export function syntheticPool(n: number): PoolTable {
  const builder = new PoolTableBuilder();
  for (let i = 0; i < n; i++) {
    const h = mix(i);
    const region = REGIONS[h % REGIONS.length] ?? '150802';
    const kind = '123'[(h >>> 8) % 3] ?? '1';
    const exclusion = (h >>> 12) % 100 < 8 ? 1 + ((h >>> 20) % 5) : 0;
    builder.add(creditCode(i, kind, region), `${region}/${groupOf(h >>> 4)}`, exclusion);
  }
  return builder.build({ shared: true });
}

/** The same pool in id byte order, as a database query ordered by id would return it. */
export function sortedPool(pool: PoolTable): PoolTable {
  const { order } = poolOrder(pool);
  const builder = new PoolTableBuilder();
  const decoder = new TextDecoder();
  for (const i of order) {
    const id = decoder.decode(pool.idBytes.subarray(pool.idOffsets[i], pool.idOffsets[i + 1]));
    builder.add(id, pool.strata[pool.stratumOf[i] ?? 0] ?? '', pool.exclusion[i] ?? 0);
  }
  return builder.build({ shared: true });
}

export function syntheticDraw(pool: PoolTable, suite: Plan['suite']): DrawInput {
  const planJson = {
    drawId: `BENCH-${pool.size}-${suite}`,
    suite,
    itemIds: ['SAMR-2025-0101'],
    drawDate: '2025-06-30',
    quota: {
      rule: 'rate',
      rates: Object.fromEntries(Object.entries(RATES).map(([g, [num, den]]) => [g, { num, den }])),
    },
    reservePerStratum: 5,
    teams: [{ pool: 'SCJG', size: 2 }],
    inspectorReserve: 1,
    maxLoad: Math.max(3, Math.ceil(pool.size / 4000)),
    witnesses: ['system', 'W-SUPERVISOR', 'W-PUBLIC'],
  };
  const plan = readPlan(planJson, []);
  if (!plan) throw new Error('the synthetic plan is invalid');
  const inspectors = Array.from({ length: INSPECTORS + 3 }, (_, k) => ({
    id: `15080${String(k).padStart(6, '0')}`,
    pool: 'SCJG',
    exclusion: k < INSPECTORS ? 0 : 1 + (k % 3),
  }));
  const nonce = (k: number): string =>
    Array.from({ length: 32 }, (_, j) => ((k * 97 + j * 13) & 0xff).toString(16).padStart(2, '0')).join('');
  return {
    plan,
    pool,
    inspectors,
    conflicts: [{ entity: creditCode(7, '1', '150802'), inspector: '15080000000' }],
    reveals: plan.witnesses.map((witness, k) => ({ witness, nonce: nonce(k) })),
  };
}
