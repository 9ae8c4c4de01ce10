import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from './csv.ts';

test('R-26.3 CSV: BOM, CRLF, RFC 4180 quoting of commas, quotes and line breaks', () => {
  const csv = toCsv(
    [
      { header: '名称', value: (r: { n: string; k: number | null }) => r.n },
      { header: '数量', value: (r) => r.k },
    ],
    [
      { n: '临河区"博远"宾馆, 车站街道', k: 3 },
      { n: '第一行\n第二行', k: null },
    ],
  );
  assert.equal(csv, '\uFEFF名称,数量\r\n"临河区""博远""宾馆, 车站街道",3\r\n"第一行\n第二行",\r\n');
});

test('R-26.3 CSV: a cell that starts like a formula is read as text, numbers stay numbers', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+86 139'), "'+86 139");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(undefined), '');
});
