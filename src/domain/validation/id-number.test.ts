import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idNumberCheckChar, validateIdNumber } from './id-number.ts';

const TODAY = { today: '2026-11-26' };
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
const codeOf = (s: string) => {
  const r = validateIdNumber(s, TODAY);
  return r.ok ? 'ok' : r.code;
};

void test('R-13.2 accepts the GB 11643 example 11010519491231002X', () => {
  assert.equal(idNumberCheckChar('11010519491231002'), 'X');
  assert.deepEqual(validateIdNumber('11010519491231002X', TODAY), { ok: true });
});

void test('R-13.2 accepts current and historical region codes (临河区 150802, former 临河市 152801)', () => {
  assert.equal(codeOf(withCheck('15080220050101123')), 'ok');
  assert.equal(codeOf(withCheck('15280119780615304')), 'ok');
});

void test('R-13.2 rejects an ID number whose region code never existed', () => {
  assert.equal(codeOf(withCheck('99010119900101123')), 'id-number-region');
  assert.equal(codeOf(withCheck('15089919900101123')), 'id-number-region');
});

void test('R-13.2 rejects impossible or future birth dates', () => {
  assert.equal(codeOf(withCheck('15080219900230123')), 'id-number-birth-date');
  assert.equal(codeOf(withCheck('15080219901301123')), 'id-number-birth-date');
  assert.equal(codeOf(withCheck('15080218991231123')), 'id-number-birth-date');
  assert.equal(codeOf(withCheck('15080220261127123')), 'id-number-birth-date');
  assert.equal(codeOf(withCheck('15080220261126123')), 'ok');
  assert.equal(codeOf(withCheck('15080220000229123')), 'ok');
});

void test('R-13.2 rejects a wrong check digit and names the right one', () => {
  const result = validateIdNumber('110105194912310021', TODAY);
  assert.deepEqual(result.ok ? null : [result.code, result.message], [
    'id-number-check-digit',
    '身份证号校验码错误（第18位应为“X”）',
  ]);
});

void test('R-13.2 rejects 15-digit and malformed ID numbers', () => {
  assert.equal(codeOf('150802900101123'), 'id-number-length');
  assert.equal(codeOf('1508021990010112X3'), 'id-number-charset');
  assert.equal(codeOf('15080219900101123x'), 'id-number-charset');
});

void test('idNumberCheckChar agrees with the worked example of every remainder', () => {
  const seen = new Set<string>();
  for (let n = 0; seen.size < 11 && n < 10_000; n++)
    seen.add(idNumberCheckChar(`1508021990010${String(n).padStart(4, '0')}`));
  assert.deepEqual([...seen].sort(), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
});
