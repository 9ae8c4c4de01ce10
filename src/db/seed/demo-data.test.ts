import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { entityKey } from '../../domain/directory/entity-row.ts';
import { isRegionCode } from '../../domain/region/region.ts';
import { validateCreditCode } from '../../domain/validation/credit-code.ts';
import { validateIdNumber } from '../../domain/validation/id-number.ts';
import { parseImport } from '../../services/import/import-batch.ts';
import { INDUSTRY_PROFILES } from './demo-industries.ts';
import {
  DEMO_INDUSTRIES,
  DEMO_ITEMS,
  DEMO_UNITS,
  generateEntities,
  generateEntityCsv,
  generateInspectors,
} from './demo-data.ts';

const TODAY = { today: '2026-11-26' };

void test('R-13.2 every generated credit code and ID number validates, and keys are distinct', () => {
  const entities = generateEntities(5000, 7);
  for (const e of entities) {
    if (e.creditCode) assert.deepEqual(validateCreditCode(e.creditCode), { ok: true }, e.creditCode);
    if (e.idNumber) assert.deepEqual(validateIdNumber(e.idNumber, TODAY), { ok: true }, e.idNumber);
    assert.ok(/^9[123]/.test(e.creditCode ?? '92'), e.creditCode ?? '');
  }
  assert.equal(new Set(entities.map(entityKey)).size, entities.length);
});

void test('R-13.1 generated entities look like 临河区’s: shares of persons, deregistered and risk classes', () => {
  const entities = generateEntities(20_000, 11);
  const share = (pred: (e: (typeof entities)[number]) => boolean) =>
    entities.filter(pred).length / entities.length;
  assert.ok(Math.abs(share((e) => e.kind === 'person') - 0.02) < 0.005);
  assert.ok(Math.abs(share((e) => e.status === 'deregistered') - 0.03) < 0.006);
  const classes = { A: 0.3, B: 0.5, C: 0.15, D: 0.05 };
  for (const [riskClass, expected] of Object.entries(classes)) {
    assert.ok(Math.abs(share((e) => e.riskClass === riskClass) - expected) < 0.015, riskClass);
  }
  assert.ok(share((e) => e.creditCode?.slice(2, 8) === '150802') > 0.8);
  for (const e of entities) {
    assert.ok(DEMO_INDUSTRIES.includes(e.industry), e.industry);
    assert.ok(isRegionCode(e.creditCode?.slice(2, 8) ?? e.regionCode));
    assert.ok(e.address?.startsWith('内蒙古自治区巴彦淖尔市临河区'));
  }
  assert.ok(share((e) => e.riskFlags.length > 0) > 0.05);
});

void test('R-9.2 strictly controlled trades carry the public-safety flag', () => {
  for (const e of generateEntities(2000, 3)) {
    if (INDUSTRY_PROFILES[e.industry]?.publicSafety) assert.ok(e.riskFlags.includes('public-safety'), e.name);
  }
});

void test('demo generators are deterministic for a seed and differ between seeds', () => {
  assert.deepEqual(generateEntities(300, 42), generateEntities(300, 42));
  assert.notDeepEqual(generateEntities(300, 42), generateEntities(300, 43));
  assert.deepEqual(generateInspectors(60, 42), generateInspectors(60, 42));
});

void test('R-7.1 R-8.1 R-18.1 every demo item has a legal basis, a checklist and at least 2 % and 2 rounds', () => {
  const units = new Set(DEMO_UNITS.map((u) => u.code));
  const codes = new Set<string>();
  for (const item of DEMO_ITEMS) {
    assert.match(item.code, /^LH-[A-Z]{2}-\d{3}$/);
    assert.ok(!codes.has(item.code), item.code);
    codes.add(item.code);
    assert.ok(units.has(item.unitCode), item.unitCode);
    assert.ok(item.legalBasis.length > 0 && item.legalBasis.every((b) => /^《.+》/.test(b.law)), item.code);
    assert.ok(item.checklist.length >= 4 && item.checklist.length <= 8, item.code);
    assert.equal(new Set(item.checklist.map((c) => c.code)).size, item.checklist.length);
    assert.ok(item.ratioPercent >= 2 && item.roundsPerYear >= 2, item.code);
    assert.ok(INDUSTRY_PROFILES[item.objectType], `no entities for ${item.objectType}`);
  }
  assert.deepEqual(Object.keys(INDUSTRY_PROFILES).sort(), [...DEMO_INDUSTRIES].sort());
});

void test('R-3.1 the demo org tree hangs from 巴彦淖尔市公安局 with 临河区分局 departments and stations', () => {
  const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
  assert.equal(DEMO_UNITS.filter((u) => u.parentCode === null).length, 1);
  for (const unit of DEMO_UNITS) {
    if (unit.parentCode) assert.ok(byCode.has(unit.parentCode), unit.code);
    assert.ok(isRegionCode(unit.regionCode));
  }
  assert.ok(DEMO_UNITS.filter((u) => u.kind === 'station').length >= 15);
  assert.ok(DEMO_UNITS.some((u) => u.name.endsWith('治安管理大队')));
});

void test('R-15.1 R-N.4 generated inspectors: distinct badges, known items, some expired certificates', () => {
  const inspectors = generateInspectors(400, 5);
  const itemCodes = new Set(DEMO_ITEMS.map((i) => i.code));
  assert.equal(new Set(inspectors.map((i) => i.badgeNumber)).size, inspectors.length);
  for (const i of inspectors) {
    assert.match(i.badgeNumber, /^15\d{4}$/);
    assert.ok(
      i.qualifiedItems.every((c) => itemCodes.has(c)),
      i.qualifiedItems.join(),
    );
  }
  const expired = inspectors.filter((i) => i.certificateValidUntil < '2026-01-01').length;
  assert.ok(expired > 5 && expired < 50, String(expired));
  assert.equal(new Set(generateInspectors(10_005, 5).map((i) => i.badgeNumber)).size, 10_005);
});

void test('R-14.1 the benchmark CSV imports with every row accepted', async () => {
  const events = parseImport(Readable.from(generateEntityCsv(1500, 9)), 'entities', TODAY);
  const kinds: Record<string, number> = {};
  for await (const e of events) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  assert.deepEqual(kinds, { row: 1500, summary: 1 });
});
