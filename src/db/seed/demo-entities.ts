import type { EntityRow, RiskClass } from '../../domain/directory/entity-row.ts';
import { ENTITY_COLUMNS } from '../../domain/directory/entity-columns.ts';
import { RISK_FLAG_LABELS, RISK_FLAGS } from '../../domain/directory/risk-flag.ts';
import type { RiskFlag } from '../../domain/directory/risk-flag.ts';
import { creditCodeCheckChar } from '../../domain/validation/credit-code.ts';
import { idNumberCheckChar } from '../../domain/validation/id-number.ts';
import { INDUSTRY_PROFILES } from './demo-industries.ts';
import { linheAddress, personName, TRADE_NAMES } from './demo-names.ts';
import { seededRandom } from './seeded-random.ts';
import type { SeededRandom } from './seeded-random.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_SPACE = 31 ** 6;
// Registration region part of the credit code → the registering authority.
const AUTHORITIES: Readonly<Record<string, string>> = {
  '150802': '巴彦淖尔市临河区市场监督管理局',
  '150800': '巴彦淖尔市市场监督管理局',
  '150821': '五原县市场监督管理局',
  '150826': '杭锦后旗市场监督管理局',
};
const INDUSTRY_WEIGHTS = Object.fromEntries(Object.entries(INDUSTRY_PROFILES).map(([k, p]) => [k, p.weight]));
const PERSON_INDUSTRIES = Object.keys(INDUSTRY_PROFILES).filter(
  (k) => INDUSTRY_PROFILES[k]?.persons === true,
);
const OTHER_FLAGS: readonly RiskFlag[] = [
  'serious-violation',
  'abnormal-list',
  'public-attention',
  'refused-inspection',
  'other',
];

// GB 11714 organisation code: 8 body characters and a check character (weights 3 7 9 10 5 8 4 2, mod 11).
function organisationCode(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + parseInt(ch, 36) * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

// Distinct for every index below 31^6: an affine map modulo 31^6 with a multiplier prime to 31.
function creditCode(prefix: string, region: string, index: number, offset: number): string {
  let n = (index * 104_729 + offset) % ORG_SPACE;
  let digits = '';
  for (let i = 0; i < 6; i++) {
    digits = CHARSET.charAt(n % 31) + digits;
    n = Math.floor(n / 31);
  }
  const first17 = prefix + region + organisationCode(`MA${digits}`);
  return first17 + creditCodeCheckChar(first17);
}

function idNumber(rng: SeededRandom, used: Set<string>): string {
  for (;;) {
    const year = rng.int(1955, 2000);
    // Born before 2003 in 临河: the card keeps 临河市's code 152801 unless reissued under 150802.
    const region = year < 2003 && rng.chance(0.5) ? '152801' : '150802';
    const date = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '');
    const first17 = `${region}${date}${String(rng.int(1, 999)).padStart(3, '0')}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function riskFlags(rng: SeededRandom, riskClass: RiskClass, publicSafety: boolean): RiskFlag[] {
  const flags = new Set<RiskFlag>(publicSafety ? ['public-safety'] : []);
  const extra = { A: 0, B: 0.05, C: 0.4, D: 0.9 }[riskClass];
  if (rng.chance(extra)) flags.add(rng.pick(OTHER_FLAGS));
  if (riskClass === 'D' && rng.chance(0.4)) flags.add(rng.pick(OTHER_FLAGS));
  return RISK_FLAGS.filter((f) => flags.has(f));
}

function licence(rng: SeededRandom, industry: string, serial: number) {
  const make = INDUSTRY_PROFILES[industry]?.licence;
  if (!make) return { licenceNumber: null, licenceValidUntil: null };
  const issued = rng.int(2019, 2025);
  const until = `${issued + rng.pick([3, 5, 6])}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { licenceNumber: make(issued, serial), licenceValidUntil: until };
}

/** A made-up 联系电话 from the row's index (no draw from `rng`: the rest of the demo data stays as it was). */
function demoPhone(index: number, kind: EntityRow['kind']): string | null {
  if (kind === 'person') return `1${'3589'[index % 4]}${String((index * 104_729) % 1e9).padStart(9, '0')}`;
  return index % 3 === 0 ? null : `0478-8${String((index * 7919) % 1e6).padStart(6, '0')}`;
}

function organisation(rng: SeededRandom, index: number, offset: number): EntityRow {
  const industry = rng.weighted(INDUSTRY_WEIGHTS);
  const profile = INDUSTRY_PROFILES[industry];
  if (!profile) throw new Error(`no profile for ${industry}`);
  const [pattern, prefix] = rng.pick(profile.names);
  const region =
    prefix === '91' ? rng.weighted({ '150802': 85, '150800': 12, '150821': 2, '150826': 1 }) : '150802';
  const riskClass = rng.weighted({ A: 30, B: 50, C: 15, D: 5 });
  return {
    kind: 'organisation',
    name: pattern.replace('{w}', rng.pick(TRADE_NAMES)),
    creditCode: creditCode(prefix, region, index, offset),
    idNumber: null,
    registrationAuthority: AUTHORITIES[region] ?? null,
    legalRepresentative: personName(rng),
    address: linheAddress(rng, false),
    contactPhone: demoPhone(index, 'organisation'),
    ...licence(rng, industry, (index % 9999) + 1),
    regionCode: '150802',
    industry,
    riskClass,
    riskFlags: riskFlags(rng, riskClass, profile.publicSafety),
    status: rng.chance(0.03) ? 'deregistered' : 'active',
  };
}

function person(rng: SeededRandom, index: number, used: Set<string>): EntityRow {
  const industry = rng.pick(PERSON_INDUSTRIES);
  const riskClass = rng.weighted({ A: 30, B: 50, C: 15, D: 5 });
  return {
    kind: 'person',
    name: personName(rng),
    creditCode: null,
    idNumber: idNumber(rng, used),
    registrationAuthority: null,
    legalRepresentative: null,
    address: linheAddress(rng, true),
    contactPhone: demoPhone(index, 'person'),
    ...licence(rng, industry, (index % 9999) + 1),
    regionCode: '150802',
    industry,
    riskClass,
    riskFlags: riskFlags(rng, riskClass, false),
    status: rng.chance(0.03) ? 'deregistered' : 'active',
  };
}

/** Demo entities one by one (deterministic for a seed); credit codes and ID numbers are valid and distinct. */
export function* entityStream(count: number, seed: number): Generator<EntityRow, void, undefined> {
  if (count > ORG_SPACE) throw new RangeError(`at most ${ORG_SPACE} entities`);
  const rng = seededRandom(seed);
  const offset = rng.int(0, ORG_SPACE - 1);
  const usedIds = new Set<string>();
  for (let i = 0; i < count; i++)
    yield rng.chance(0.02) ? person(rng, i, usedIds) : organisation(rng, i, offset);
}

/** `count` demo entities: 91/92/93 credit codes (mostly region 150802), ~2 % natural persons, ~3 % deregistered. */
export function generateEntities(count: number, seed: number): EntityRow[] {
  return [...entityStream(count, seed)];
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One import-file line for an entity (the columns of ENTITY_COLUMNS, in their order). */
export function entityCsvLine(row: EntityRow): string {
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v : ''])),
    kind: row.kind === 'organisation' ? '单位' : '个人',
    riskFlags: row.riskFlags.map((f) => RISK_FLAG_LABELS[f]).join('、'),
    status: row.status === 'active' ? '正常' : '注销',
  };
  return `${ENTITY_COLUMNS.map((c) => csvField(values[c.key] ?? '')).join(',')}\n`;
}

/** The import file for `generateEntities(count, seed)` as CSV lines (header first, each ending in \n). */
export async function* generateEntityCsv(
  count: number,
  seed: number,
): AsyncGenerator<string, void, undefined> {
  yield `${ENTITY_COLUMNS.map((c) => c.label).join(',')}\n`;
  let n = 0;
  for (const row of entityStream(count, seed)) {
    // Give the event loop a turn now and then: generating a million rows takes seconds.
    if (++n % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    yield entityCsvLine(row);
  }
}
