import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan, type PlanContent, type PlanItemFacts } from './plan-rules.ts';
import { rdrawRates, stratifier } from './sampling-group.ts';

const item: PlanItemFacts = { id: 'i1', code: 'LH-ZA-001', unitId: 'za', published: true, higherRule: null };
const plan = (patch: Partial<PlanContent> = {}): PlanContent => ({
  unitId: 'za',
  year: 2026,
  name: '计划',
  rounds: [
    { from: '2026-03-01', to: '2026-06-30' },
    { from: '2026-09-01', to: '2026-11-30' },
  ],
  rates: [
    { riskClass: 'A', regionCode: null, rateBp: 200 },
    { riskClass: 'B', regionCode: null, rateBp: 500 },
    { riskClass: 'C', regionCode: null, rateBp: 1000 },
    { riskClass: 'D', regionCode: null, rateBp: 3000 },
  ],
  teams: [{ unitId: 'za', size: 2 }],
  yearlyCap: 2,
  reservePerStratum: 3,
  inspectorReserve: 2,
  maxLoad: null,
  ...patch,
});
const codes = (p: PlanContent, items = [item]) => checkPlan(p, items).map((x) => x.code);

test('R-18.1 a rate under 2 % or fewer than 2 rounds is refused unless every item records a higher rule', () => {
  assert.deepEqual(codes(plan()), []);
  const low = plan({ rates: plan().rates.map((r) => (r.riskClass === 'A' ? { ...r, rateBp: 199 } : r)) });
  assert.deepEqual(codes(low), ['below-minimum']);
  assert.deepEqual(codes(plan({ rounds: plan().rounds.slice(0, 1) })), ['below-minimum']);
  assert.deepEqual(codes(low, [{ ...item, higherRule: '《某条例》规定 1%' }]), []);
});

test('R-18.3 R-9.2 R-N.2 C and D are not below B; every class has a rate; key entities sample as C at least', () => {
  const d = plan({ rates: plan().rates.map((r) => (r.riskClass === 'D' ? { ...r, rateBp: 400 } : r)) });
  assert.deepEqual(codes(d), ['key-rate-too-low']);
  assert.deepEqual(codes(plan({ rates: plan().rates.slice(1) })), ['rate-missing']);
  const s = stratifier(plan().rates);
  assert.equal(s.stratumOf('150802', 'A', ['public-safety']), '150802/G3');
  assert.equal(s.stratumOf('150802', 'D', ['public-safety']), '150802/G4');
  assert.equal(s.stratumOf('150821', 'B', []), '150821/G2');
  const regional = [...plan().rates, { riskClass: 'B' as const, regionCode: '150821', rateBp: 800 }];
  assert.equal(stratifier(regional).stratumOf('150821', 'B', []), '150821/G2-150821');
  assert.deepEqual(rdrawRates(regional)['G2-150821'], { num: 800, den: 10000 });
});

test('R-19.3 R-17.2 R-8.1 teams give two inspectors per entity; items must be published and staffed', () => {
  assert.deepEqual(codes(plan({ teams: [{ unitId: 'za', size: 1 }] })), ['team-size']);
  assert.deepEqual(
    codes(
      plan({
        teams: [
          { unitId: 'za', size: 1 },
          { unitId: 'xf', size: 1 },
        ],
      }),
    ),
    [],
  );
  assert.deepEqual(codes(plan(), [{ ...item, published: false }]), ['item-not-published']);
  assert.deepEqual(codes(plan({ teams: [{ unitId: 'xf', size: 2 }] })), ['item-outside-plan-units']);
});
