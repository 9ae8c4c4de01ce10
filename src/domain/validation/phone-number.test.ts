import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone, validatePhone } from './phone-number.ts';

test('R-N.10 issue 10.7: 联系电话 is a mobile or a fixed line with area code, in one form however typed', () => {
  for (const typed of [
    '13912345678',
    '139 1234 5678',
    '139-1234-5678',
    '+86 139 1234 5678',
    '１３９１２３４５６７８',
    '="13912345678"', // a system's CSV export, kept as text for Excel
    "'13912345678", // typed in Excel as text
    '13912345678\t',
  ])
    assert.equal(normalisePhone(typed), '13912345678', typed);
  for (const typed of ['0478-8123456', '0478 8123456', '(0478)8123456', '04788123456'])
    assert.equal(normalisePhone(typed), '0478-8123456', typed);
  assert.deepEqual(validatePhone('0478-8123456转12'), { ok: true, phone: '0478-8123456-12' });
  for (const bad of ['12345', '12912345678', '8123456', '电话待补'])
    assert.equal(validatePhone(bad).ok, false, bad);
  const r = validatePhone('12345');
  assert.ok(!r.ok && r.code === 'phone-invalid' && /11 位手机号/.test(r.message));
});
