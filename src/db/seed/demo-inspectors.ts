import type {
  EnforcementLevel,
  InspectorRow,
  InspectorStatus,
} from '../../domain/directory/inspector-row.ts';
import { DEMO_ITEMS } from './demo-items.ts';
import { personName } from './demo-names.ts';
import { DEMO_STATION_CODES, DEPARTMENT_CODES } from './demo-units.ts';
import { seededRandom } from './seeded-random.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A demo inspector with the unit he belongs to. */
export interface DemoInspector extends InspectorRow {
  readonly unitCode: string;
}

interface Posting {
  readonly unitCode: string;
  readonly level: EnforcementLevel;
  readonly posts: readonly string[];
  /** Item codes this posting may be qualified for. */
  readonly items: readonly string[];
}

const itemsOf = (unitCode: string) => DEMO_ITEMS.filter((i) => i.unitCode === unitCode).map((i) => i.code);
const { ZA, JJ, JD, WA, TJ } = DEPARTMENT_CODES;
const POSTINGS: Readonly<Record<string, Posting>> = {
  city: {
    unitCode: 'BYNE',
    level: 'city',
    posts: ['治安管理', '网络安全保卫'],
    items: DEMO_ITEMS.map((i) => i.code),
  },
  za: { unitCode: ZA, level: 'district', posts: ['治安管理'], items: itemsOf(ZA) },
  wa: { unitCode: WA, level: 'district', posts: ['网络安全保卫'], items: itemsOf(WA) },
  jd: { unitCode: JD, level: 'district', posts: ['禁毒'], items: itemsOf(JD) },
  jj: { unitCode: JJ, level: 'district', posts: ['交通管理'], items: itemsOf(JJ) },
  tj: { unitCode: TJ, level: 'district', posts: ['特警'], items: ['LH-ZA-003', 'LH-ZA-006'] },
  station: {
    unitCode: '',
    level: 'station',
    posts: ['社区民警', '治安管理'],
    items: [...itemsOf(ZA), 'LH-WA-001'],
  },
};
const POSTING_WEIGHTS = { city: 8, za: 15, wa: 7, jd: 6, jj: 8, tj: 6, station: 50 };
const RANKS: Readonly<Record<EnforcementLevel, readonly string[]>> = {
  city: ['支队长', '副支队长', '一级警长', '二级警长'],
  district: ['大队长', '副大队长', '中队长', '一级警长', '二级警长', '三级警长', '一级警员'],
  station: ['所长', '副所长', '一级警长', '二级警长', '三级警长', '四级警长', '一级警员', '二级警员'],
};

// 6-digit 警号 “15xxxx” (15 = 内蒙古) while they last, then 7 digits; distinct for every index.
function badgeNumber(index: number, offset: number): string {
  if (index < 10_000) return `15${String((index * 7919 + offset) % 10_000).padStart(4, '0')}`;
  return `15${String((index * 7919 + offset) % 100_000).padStart(5, '0')}`;
}

function qualifiedItems(rng: SeededRandom, items: readonly string[]): string[] {
  if (rng.chance(0.05)) return [];
  const wanted = rng.int(1, items.length);
  return items.filter(() => rng.chance(wanted / items.length)).slice(0, Math.max(1, wanted));
}

function certificateValidUntil(rng: SeededRandom): string {
  const year = rng.chance(0.05) ? rng.int(2024, 2025) : rng.int(2027, 2031);
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function inspector(rng: SeededRandom, index: number, offset: number): DemoInspector {
  const posting = POSTINGS[rng.weighted(POSTING_WEIGHTS)] ?? POSTINGS.za;
  if (!posting) throw new Error('no posting');
  const status: InspectorStatus = rng.weighted({ active: 95, transferred: 3, retired: 2 });
  return {
    unitCode: posting.level === 'station' ? rng.pick(DEMO_STATION_CODES) : posting.unitCode,
    name: personName(rng),
    post: rng.pick(posting.posts),
    rank: rng.pick(RANKS[posting.level]),
    badgeNumber: badgeNumber(index, offset),
    level: posting.level,
    regionCode: posting.level === 'city' ? '150800' : '150802',
    certificateNumber: `JZ1508${rng.int(17, 24)}${String(index + 1).padStart(5, '0')}`,
    certificateValidUntil: certificateValidUntil(rng),
    qualifiedItems: qualifiedItems(rng, posting.items),
    status,
  };
}

/** `count` demo inspectors (deterministic for a seed): distinct badge numbers, ~5 % expired certificates. */
export function generateInspectors(count: number, seed: number): DemoInspector[] {
  if (count > 110_000) throw new RangeError('at most 110000 inspectors');
  const rng = seededRandom(seed);
  const offset = rng.int(0, 9_999);
  return Array.from({ length: count }, (_, i) => inspector(rng, i, offset));
}
