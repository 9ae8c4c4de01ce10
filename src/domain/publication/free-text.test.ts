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
