import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditCodeCheckChar, validateCreditCode } from './credit-code.ts';

// Published codes: 华为技术有限公司, 深圳市腾讯计算机系统有限公司, 阿里巴巴（中国）有限公司, 小米科技有限责任公司.
const PUBLISHED = ['914403001922038216', '91440300708461136T', '91330100716105852F', '91110108551385082Q'];

void test('R-13.2 accepts published unified social credit codes', () => {
  for (const code of PUBLISHED) assert.deepEqual(validateCreditCode(code), { ok: true }, code);
});

void test('R-13.2 accepts 91350100M000100Y43 (check digit computed: 3)', () => {
  assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
  assert.deepEqual(validateCreditCode('91350100M000100Y43'), { ok: true });
});

void test('R-13.2 rejects a credit code with a wrong check digit', () => {
  const result = validateCreditCode('914403001922038217');
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.code, 'credit-code-check-digit');
  assert.match(!result.ok ? result.message : '', /校验码错误.*6/);
});

void test('R-13.2 rejects every single-character change of a valid code', () => {
  const code = '91150802MA0N7Q3K1C';
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (let i = 0; i < 18; i++) {
    for (const ch of charset) {
      if (ch === code[i]) continue;
      const changed = code.slice(0, i) + ch + code.slice(i + 1);
      assert.equal(validateCreditCode(changed).ok, false, changed);
    }
  }
});

void test('R-13.2 rejects a credit code of the wrong length', () => {
  const result = validateCreditCode('91440300708461136');
  assert.deepEqual(result.ok ? null : [result.code, result.message], [
    'credit-code-length',
    '统一社会信用代码应为18位，实际为17位',
  ]);
});

void test('R-13.2 rejects characters outside the GB 32100 charset (I, O, S, V, Z, lower case)', () => {
  for (const code of [
    '91440300708461136I',
    '9144030070846113OT',
    '91440300708461136z',
    '9144030070846113ST',
  ]) {
    const result = validateCreditCode(code);
    assert.equal(result.ok ? null : result.code, 'credit-code-charset', code);
  }
});

void test('R-13.2 rejects an unknown registration authority or organisation kind', () => {
  const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);
  const authority = validateCreditCode(withCheck('B1440300708461136'));
  assert.equal(authority.ok ? null : authority.code, 'credit-code-authority');
  const kind = validateCreditCode(withCheck('94440300708461136'));
  assert.equal(kind.ok ? null : kind.code, 'credit-code-kind');
  for (const ok of ['12150800011554498', '52150802MJ0000001', 'N2150802MF0000001', 'Y1150802000000001']) {
    assert.deepEqual(validateCreditCode(withCheck(ok)), { ok: true }, ok);
  }
});

void test('R-13.2 rejects a region part that is no administrative division', () => {
  const first17 = '91990000708461136';
  const result = validateCreditCode(first17 + creditCodeCheckChar(first17));
  assert.equal(result.ok ? null : result.code, 'credit-code-region');
  const central = '91100000000000000';
  assert.deepEqual(validateCreditCode(central + creditCodeCheckChar(central)), { ok: true });
});

void test('creditCodeCheckChar maps a remainder of 0 to the character 0', () => {
  // Search the first code whose weighted sum is a multiple of 31.
  for (let n = 0; n < 1000; n++) {
    const first17 = `91150802MA0${String(n).padStart(6, '0')}`;
    if (creditCodeCheckChar(first17) === '0')
      return assert.deepEqual(validateCreditCode(`${first17}0`), { ok: true });
  }
  assert.fail('no code with check character 0 found');
});
