import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, normaliseCode, parseDate, splitList } from './cell-value.ts';

void test('R-14.1 import cells are trimmed of ASCII, full-width and no-break spaces', () => {
  assert.equal(cleanText('\u3000 临河区\u3000新华宾馆 \u00a0'), '临河区 新华宾馆');
  assert.equal(normaliseCode(' 9115 0802ｍａ0n7q3k1c\u3000'), '91150802MA0N7Q3K1C');
  assert.equal(normaliseCode('１５０８０２'), '150802');
});

void test('R-14.1 dates are accepted in the formats officers type and Excel writes', () => {
  const cases: readonly [string, string | null][] = [
    ['2026-12-31', '2026-12-31'],
    ['2026/1/5', '2026-01-05'],
    ['2026.01.05', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['2026-12-31 00:00:00', '2026-12-31'],
    ['46387', '2026-12-31'],
    ['长期', '9999-12-31'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['31/12/2026', null],
    ['12345', null],
    ['明年', null],
  ];
  for (const [text, iso] of cases) assert.equal(parseDate(text), iso, text);
});

void test('R-14.1 list cells split on Chinese and ASCII separators', () => {
  assert.deepEqual(splitList('LH-ZA-001；LH-ZA-002、LH-ZA-003, LH-ZA-001;LH-WA-001 LH-JD-001'), [
    'LH-ZA-001',
    'LH-ZA-002',
    'LH-ZA-003',
    'LH-WA-001',
    'LH-JD-001',
  ]);
  assert.deepEqual(splitList(''), []);
});

void test('R-14.1 R-13.2 codes lose the guards systems and officers put on long numbers for Excel (="…", a leading \', a trailing tab)', () => {
  assert.equal(normaliseCode('="91150802MA0N7Q3K1C"'), '91150802MA0N7Q3K1C');
  assert.equal(normaliseCode('＝＂150102199001011234＂'), '150102199001011234');
  assert.equal(normaliseCode("'150102199001011234"), '150102199001011234');
  assert.equal(normaliseCode('150102199001011234\t'), '150102199001011234');
  assert.equal(parseDate('="2026-12-31"'), '2026-12-31');
  // Only a whole guard is taken off.
  assert.equal(normaliseCode('="9115'), '="9115');
});
