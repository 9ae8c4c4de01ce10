import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskFreeText, mentionsPersonalData } from './free-text.ts';

test('R-N.10 numbers glued to digits or written full-width are still masked', () => {
  assert.equal(maskFreeText('证号15080219700101000X0'), '证号150************00X0');
  assert.equal(maskFreeText('电话１３８１２３４５６７８'), '电话１３８****５６７８');
  assert.equal(maskFreeText('案号〔2025〕118号，2025年6月10日检查'), '案号〔2025〕118号，2025年6月10日检查');
  assert.equal(mentionsPersonalData('电话 13812345678'), true);
  assert.equal(mentionsPersonalData('临公（治）立字〔2025〕118号'), false);
});

test('R-N.10 property: an 11-to-18-digit number never survives masking, whatever surrounds it', () => {
  const digits = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 18 })
    .map((d) => d.join(''));
  fc.assert(
    fc.property(fc.string(), digits, fc.string(), (before, n, after) => {
      assert.ok(!maskFreeText(before + n + after).includes(n));
    }),
    { numRuns: 300 },
  );
});

test("R-N.10 numbers written in groups (spaces, dashes, dots, full-width) are masked too; a person's name is 张**", async () => {
  const { maskPersonName } = await import('../privacy/mask.ts');
  assert.equal(maskFreeText('联系电话 138 1234 5678。'), '联系电话 138 **** 5678。');
  assert.equal(maskFreeText('手机138-1234-5678'), '手机138-****-5678');
  assert.equal(maskFreeText('电话 138.1234.5678'), '电话 138.****.5678');
  assert.equal(
    maskFreeText('身份证 1508 0219 9001 0112 38'),
    '身份证 1508 **** **** **** 38'.replace('**** 38', '**12 38'),
  );
  assert.ok(!/1234|9001/.test(maskFreeText('身份证号码：150802 19900101 1238')));
  assert.equal(
    maskFreeText('检查时间 2026-05-06 10:30'),
    '检查时间 2026-05-06 10:30',
    'dates and times stay',
  );
  assert.equal(maskPersonName('张三'), '张**');
  assert.equal(maskPersonName('欧阳小明'), '欧***');
});
