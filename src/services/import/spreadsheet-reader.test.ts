import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet-reader.ts';
import type { SpreadsheetRow } from './spreadsheet-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'spreadsheet-reader-'));
let files = 0;
function file(content: string | Buffer, ext = 'csv'): string {
  const path = join(dir, `f${++files}.${ext}`);
  writeFileSync(path, content);
  return path;
}
async function readAll(
  source: string | NodeJS.ReadableStream,
  headers: string[][] = [],
): Promise<SpreadsheetRow[]> {
  const rows: SpreadsheetRow[] = [];
  for await (const row of readSpreadsheet(source, { onHeader: (h) => headers.push([...h]) })) rows.push(row);
  return rows;
}
async function errorCode(source: string | NodeJS.ReadableStream): Promise<string> {
  try {
    await readAll(source);
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    assert.match(error.message, /[\u4e00-\u9fa5]/);
    return error.code;
  }
  return 'no error';
}
const plain = (rows: readonly SpreadsheetRow[]) => rows.map((r) => ({ row: r.row, ...r.values }));

void test('R-14.1 reads a UTF-8 CSV with BOM: header row 1, blank rows skipped but counted, quoted fields', async () => {
  const headers: string[][] = [];
  const rows = await readAll(
    file('\ufeff名称, 代码 ,名称\r\n"临河区""新华""宾馆",A1,x\r\n\r\n"多行\n地址,含逗号",A2\r\n'),
    headers,
  );
  assert.deepEqual(headers, [['名称', '代码', '名称 (2)']]);
  assert.deepEqual(plain(rows), [
    { row: 2, 名称: '临河区"新华"宾馆', 代码: 'A1', '名称 (2)': 'x' },
    { row: 4, 名称: '多行\n地址,含逗号', 代码: 'A2', '名称 (2)': '' },
  ]);
});

void test('R-14.1 reads UTF-8 without BOM even when a character straddles the 64 KiB sniffing window', async () => {
  const header = '名称,备注\n';
  const pad = 65_536 - Buffer.byteLength(header) - 1;
  const text = `${header}${'a'.repeat(pad)}临河区,末行\n`;
  assert.equal(Buffer.from(text).subarray(65_535, 65_538).toString(), '临');
  const rows = await readAll(file(text));
  assert.equal(rows[0]?.values.名称, `${'a'.repeat(pad)}临河区`);
  assert.equal(rows[0]?.values.备注, '末行');
});

void test('R-14.1 reads a GBK/GB18030 CSV (名称 is C3 FB B3 C6)', async () => {
  const bytes = Buffer.concat([
    Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]), // 名称
    Buffer.from(',code\r\n'),
    Buffer.from([0xc1, 0xd9, 0xba, 0xd3, 0xc7, 0xf8]), // 临河区
    Buffer.from(',1\r\n'),
  ]);
  assert.deepEqual(plain(await readAll(file(bytes))), [{ row: 2, 名称: '临河区', code: '1' }]);
  const fixture = await readAll(
    new URL('../../../test/fixtures/import/entities-gb18030.csv', import.meta.url).pathname,
  );
  assert.equal(fixture.find((r) => r.row === 13)?.values.名称, '临河区䶮记网咖');
});

void test('R-14.1 reads Excel “Unicode text” (UTF-16LE with BOM, tab-separated)', async () => {
  const bytes = Buffer.from('\ufeff名称\t代码\r\n临河区\t150802\r\n', 'utf16le');
  assert.deepEqual(plain(await readAll(file(bytes))), [{ row: 2, 名称: '临河区', 代码: '150802' }]);
});

void test('R-14.1 reads the first worksheet of an XLSX: dates, numbers, rich text, formulas', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(['名称', '日期', '数字', '大数', '公式', '链接', '布尔', '小数']);
  ws.addRow([
    { richText: [{ text: '临河区' }, { font: { bold: true }, text: '宾馆' }] },
    new Date(Date.UTC(2026, 11, 31)),
    150802,
    Number('150102199001011234'), // an ID typed as a number: Excel keeps only a double
    { formula: 'C2+0', result: 150802 },
    { text: '官网', hyperlink: 'https://example.org' },
    true,
    0.0000001,
  ]);
  ws.getRow(4).getCell(1).value = '第4行';
  const dated = ws.getRow(5);
  dated.getCell(1).value = '公式日期';
  dated.getCell(2).value = { formula: 'DATE(2027,1,2)', result: 46389 };
  dated.getCell(2).numFmt = 'yyyy-mm-dd';
  wb.addWorksheet('说明').addRow(['不导入']);
  const path = file(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
  const rows = await readAll(path);
  assert.deepEqual(plain(rows), [
    {
      row: 2,
      名称: '临河区宾馆',
      日期: '2026-12-31',
      数字: '150802',
      大数: '1.50102199001011E+17', // as Excel shows it: the row checks call it code-as-number
      公式: '150802',
      链接: '官网',
      布尔: 'TRUE',
      小数: '0.0000001',
    },
    { row: 4, 名称: '第4行', 日期: '', 数字: '', 大数: '', 公式: '', 链接: '', 布尔: '', 小数: '' },
    {
      row: 5,
      名称: '公式日期',
      日期: '2027-01-02',
      数字: '',
      大数: '',
      公式: '',
      链接: '',
      布尔: '',
      小数: '',
    },
  ]);
});

void test('R-14.1 XLSX Chinese text is never garbled at zip chunk boundaries (exceljs#2084)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(['名称']);
  for (let i = 0; i < 3000; i++) ws.addRow([`巴彦淖尔市临河区第${i}号鑫盛印章刻制有限公司`]);
  const path = file(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
  const rows = await readAll(path);
  assert.equal(rows.length, 3000);
  rows.forEach((r, i) => assert.equal(r.values.名称, `巴彦淖尔市临河区第${i}号鑫盛印章刻制有限公司`));
});

void test('R-14.1 a stream source works and onChunk sees every byte once', async () => {
  const path = new URL('../../../test/fixtures/import/entities.xlsx', import.meta.url).pathname;
  const hash = createHash('sha256');
  let rows = 0;
  const source = Readable.from([readFileSync(path)]);
  for await (const _ of readSpreadsheet(source, { onChunk: (c) => hash.update(c) })) rows++;
  assert.equal(rows, 11);
  assert.equal(hash.digest('hex'), createHash('sha256').update(readFileSync(path)).digest('hex'));
});

void test('R-14.1 R-13.2 an XLSX whose worksheets come before xl/workbook.xml (as exceljs and our exports write it) reads every time (exceljs#3064)', async () => {
  // exceljs' one streaming pass lost the entries after the worksheets about 1 read in 100 here (most on
  // Node 22): the officer saw 文件已损坏 for a good file. 300 reads from a stream, as an upload arrives.
  const bytes = readFileSync(new URL('../../../test/fixtures/import/entities.xlsx', import.meta.url));
  const failures: string[] = [];
  for (let i = 0; i < 300; i++) {
    try {
      const rows = await readAll(Readable.from([bytes]));
      if (rows.length !== 11) failures.push(`read ${i}: ${rows.length} rows`);
    } catch (error) {
      failures.push(`read ${i}: ${String(error)}`);
    }
  }
  assert.deepEqual(failures, []);
});

void test('R-14.1 refuses an old .xls, a PNG renamed to .csv, an empty file and broken bytes', async () => {
  const xls = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(512),
  ]);
  assert.equal(await errorCode(file(xls, 'xls')), 'legacy-xls');
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 1),
  ]);
  assert.equal(await errorCode(file(png)), 'not-a-spreadsheet');
  assert.equal(await errorCode(file(Buffer.from('名称\u0000\u0000\u0000x'))), 'not-a-spreadsheet');
  assert.equal(await errorCode(file('')), 'empty-file');
  assert.equal(await errorCode(file('\ufeff\r\n  \r\n')), 'empty-file');
  const lateGarbage = Buffer.concat([
    Buffer.from(`名称\n${'临'.repeat(30_000)}\n`),
    Buffer.from([0xff, 0xfe, 0x41, 0x0a]),
  ]);
  assert.equal(await errorCode(file(lateGarbage)), 'bad-encoding');
  const xlsx = readFileSync(new URL('../../../test/fixtures/import/entities.xlsx', import.meta.url));
  assert.equal(await errorCode(file(xlsx.subarray(0, 3000), 'xlsx')), 'bad-xlsx');
});

void test('R-13.2 a title row above the header (one merged cell, as officers’ sheets have) is skipped; rows keep their sheet numbers', async () => {
  const headers: string[][] = [];
  const csvRows = await readAll(
    file('\uFEFF临河区旅馆业市场主体名录（2026年）,,\r\n名称,行业,行政区划代码\r\n某宾馆,旅馆业,150802\r\n'),
    headers,
  );
  assert.deepEqual(headers, [['名称', '行业', '行政区划代码']]);
  assert.deepEqual(
    csvRows.map((r) => ({ row: r.row, values: { ...r.values } })),
    [{ row: 3, values: { 名称: '某宾馆', 行业: '旅馆业', 行政区划代码: '150802' } }],
  );

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名录');
  ws.addRow(['临河区旅馆业市场主体名录（2026年）']);
  ws.mergeCells('A1:C1');
  ws.addRow([]);
  ws.addRow(['名称', '行业', '行政区划代码']);
  ws.addRow(['某宾馆', '旅馆业', '150802']);
  const xlsxRows = await readAll(file(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx'));
  assert.deepEqual(
    xlsxRows.map((r) => r.row),
    [4],
  );
});

void test('R-13.2 CSV: mixed line breaks (\\r\\n, \\n, \\r), a quote inside an unquoted field kept, an open quote is bad-csv', async () => {
  const rows = await readAll(file('名称,代码\r\n甲"乙"宾馆,A1\n丙宾馆,A2\r丁宾馆,"A\r\n3"\r\n'));
  assert.deepEqual(plain(rows), [
    { row: 2, 名称: '甲"乙"宾馆', 代码: 'A1' },
    { row: 3, 名称: '丙宾馆', 代码: 'A2' },
    { row: 4, 名称: '丁宾馆', 代码: 'A\n3' },
  ]);
  assert.equal(await errorCode(file('名称,代码\r\n某宾馆,A1\r\n"未闭合的引号,A2\r\n')), 'bad-csv');
});

void test('R-13.2 CSV: 60,000 rows stream through in order, none lost or repeated (the parser pauses while rows wait)', async () => {
  const lines = Array.from({ length: 60_000 }, (_, i) => `临河区第${i + 1}号宾馆,${i + 1}`);
  let expected = 2;
  let last = 0;
  const text = Buffer.from(`名称,序号\r\n${lines.join('\r\n')}\r\n`);
  const chunks = Array.from({ length: Math.ceil(text.length / 16_384) }, (_, i) =>
    text.subarray(i * 16_384, (i + 1) * 16_384),
  );
  for await (const row of readSpreadsheet(Readable.from(chunks))) {
    assert.equal(row.row, expected++);
    assert.equal(Number(row.values.序号), ++last);
    if (last % 5000 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  assert.equal(last, 60_000);
});
