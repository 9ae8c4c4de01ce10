// Reading an XLSX directory file through the import's reader, rows only (docs/BENCHMARKS.md, import).
// Usage: node --import tsx bench/xlsx-read.bench.ts [--rows 100000] [--runs 3]
// The file is written once by exceljs' streaming writer with shared strings, as our exports are.
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { readSpreadsheetBatches } from '../src/services/import/spreadsheet-reader.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } },
});
const rows = Number(values.rows);
const file = `bench/out/entities-${rows}.xlsx`;
if (!existsSync(file)) {
  mkdirSync('bench/out', { recursive: true });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('名录');
  sheet.addRow(['名称', '统一社会信用代码', '主体类型', '行政区划代码', '行业', '地址', '联系电话']).commit();
  for (let i = 0; i < rows; i++)
    sheet
      .addRow([
        `临河区第${i}号宾馆有限公司`,
        `91150802MA0Q${String(i).padStart(6, '0')}`,
        '单位',
        '150802',
        '旅馆业',
        `巴彦淖尔市临河区新华街${i}号`,
        `139${String(i).padStart(8, '0')}`,
      ])
      .commit();
  sheet.commit();
  await book.commit();
}

for (let run = 0; run < Number(values.runs); run++) {
  const start = performance.now();
  let read = 0;
  for await (const batch of readSpreadsheetBatches(file)) read += batch.length;
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`${file}: ${read} rows in ${seconds.toFixed(2)} s\n`);
}
