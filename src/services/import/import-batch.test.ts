import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityRow } from '../../domain/directory/entity-row.ts';
import type { ImportRejection } from '../../domain/directory/import-rejection.ts';
import type { InspectorRow } from '../../domain/directory/inspector-row.ts';
import { parseImport } from './import-batch.ts';
import type { ImportEvent, ImportSummary } from './import-batch.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-batch-'));
const FIXTURES = new URL('../../../test/fixtures/import/', import.meta.url).pathname;
const OPTIONS = { today: '2026-11-26' };

interface Collected<T> {
  readonly rows: { row: number; value: T }[];
  readonly rejections: ImportRejection[];
  summary: ImportSummary | null;
}
async function collect<T>(events: AsyncIterable<ImportEvent<T>>): Promise<Collected<T>> {
  const out: Collected<T> = { rows: [], rejections: [], summary: null };
  for await (const e of events) {
    if (e.kind === 'row') out.rows.push({ row: e.row, value: e.value });
    else if (e.kind === 'rejected') out.rejections.push(e.rejection);
    else out.summary = e.summary;
  }
  return out;
}
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const entities = (path: string) => collect<EntityRow>(parseImport(path, 'entities', OPTIONS));
const inspectors = (path: string) => collect<InspectorRow>(parseImport(path, 'inspectors', OPTIONS));

void test('R-13.2 entity fixtures: good rows kept, bad rows reported with row and reason (CSV BOM, GB18030, XLSX)', async () => {
  for (const name of ['entities-utf8-bom.csv', 'entities-gb18030.csv', 'entities.xlsx']) {
    const result = await entities(join(FIXTURES, name));
    assert.deepEqual(
      result.rows.map((r) => r.row),
      [2, 3, 4, 9, 11, 13],
      name,
    );
    assert.deepEqual(
      result.rejections.map((r) => [r.row, r.column, r.code]),
      [
        [5, '统一社会信用代码', 'credit-code-check-digit'],
        [6, '行政区划代码', 'region-unknown'],
        [7, '身份证号', 'id-number-birth-date'],
        [8, '统一社会信用代码', 'duplicate-in-file'],
        [10, '主体类型', 'kind-unknown'],
        [10, '许可证有效期至', 'date-invalid'],
      ],
      name,
    );
    const path = join(FIXTURES, name);
    assert.deepEqual(result.summary, {
      fileSha256: sha256(path),
      dataRows: 11,
      accepted: 6,
      rejectedRows: 5,
      fileError: null,
    });
    const hotel = result.rows[0]?.value;
    assert.equal(hotel?.licenceValidUntil, '2026-12-31', name);
    assert.equal(result.rows.find((r) => r.row === 11)?.value.name, '临河区盛世歌舞厅', name);
  }
});

void test('R-15.1 inspector fixture: 4 imported, 4 rejected', async () => {
  const path = join(FIXTURES, 'inspectors.xlsx');
  const result = await inspectors(path);
  assert.deepEqual(
    result.rows.map((r) => [r.row, r.value.badgeNumber, r.value.certificateValidUntil]),
    [
      [2, '152036', '2028-06-30'],
      [3, '1520371', '2029-12-31'],
      [4, '152038', '2024-06-30'],
      [9, '152042', '2027-03-31'],
    ],
  );
  assert.deepEqual(
    result.rejections.map((r) => [r.row, r.column, r.code]),
    [
      [5, '警号', 'badge-number-format'],
      [6, '执法层级', 'level-unknown'],
      [7, '警号', 'duplicate-in-file'],
      [8, '执法证有效期至', 'value-required'],
    ],
  );
  assert.equal(result.summary?.fileSha256, sha256(path));
});

void test('R-14.1 a duplicate key names the first row that has it', async () => {
  const path = join(dir, 'dup.csv');
  writeFileSync(
    path,
    '姓名,警号,执法层级,行政区划代码,执法证号,执法证有效期至,执法范围\n' +
      '甲,152001,派出所,150802,JZ0001,2028-01-01,LH-ZA-001\n' +
      '乙,152002,派出所,150802,JZ0002,2028-01-01,\n' +
      '丙,152001,分局,150802,JZ0003,2028-01-01,\n',
  );
  const result = await inspectors(path);
  assert.deepEqual(result.rejections, [
    { row: 4, column: '警号', code: 'duplicate-in-file', message: '警号“152001”与第2行重复，本行未导入' },
  ]);
  assert.equal(result.summary?.accepted, 2);
});

void test('R-13.2 a header missing a required column rejects the file once and still hashes all of it', async () => {
  const path = join(dir, 'missing.csv');
  writeFileSync(
    path,
    '名称,统一社会信用代码,行业\n临河区新华宾馆,91150802MA0N7Q3K1C,旅馆业\n临河区阴山旅社,91150802MA0P8K6L3T,旅馆业\n',
  );
  const result = await entities(path);
  assert.deepEqual(result.rows, []);
  const fileError = {
    row: 1,
    column: '主体类型、行政区划代码',
    code: 'missing-column',
    message: '表头缺少必填列：主体类型、行政区划代码',
  };
  assert.deepEqual(result.rejections, [fileError]);
  assert.deepEqual(result.summary, {
    fileSha256: sha256(path),
    dataRows: 0,
    accepted: 0,
    rejectedRows: 0,
    fileError,
  });
  const headerOnly = join(dir, 'header-only.csv');
  writeFileSync(headerOnly, '名称,行业\n');
  assert.equal((await entities(headerOnly)).summary?.fileError?.code, 'missing-column');
});

void test('R-13.2 an inspector file uploaded as an entity file is refused by its header', async () => {
  const result = await entities(join(FIXTURES, 'inspectors.xlsx'));
  assert.equal(result.summary?.fileError?.code, 'missing-column');
  assert.equal(result.rows.length, 0);
});

void test('R-13.2 a two-level header (“基本信息 | 联系方式” above the columns) under a title: the row with the required columns is the header', async () => {
  const path = join(dir, 'two-level.csv');
  writeFileSync(
    path,
    '临河区旅馆业市场主体名录（2026年）,,,,,\n' +
      '基本信息,,,,联系方式,\n' +
      '名称,主体类型,统一社会信用代码,行政区划代码,行业,联系电话\n' +
      '临河区新华宾馆,单位,="91150802MA0N7Q3K1C",150802,旅馆业,="13912345678"\n',
  );
  const result = await entities(path);
  assert.deepEqual(result.rejections, []);
  assert.deepEqual(
    result.rows.map((r) => ({ row: r.row, code: r.value.creditCode, phone: r.value.contactPhone })),
    [{ row: 4, code: '91150802MA0N7Q3K1C', phone: '13912345678' }],
  );
  // Without the required columns in the first five rows, the first row of two or more cells is the
  // header and its missing columns are named, as before.
  const noHeader = join(dir, 'no-header.csv');
  writeFileSync(noHeader, '基本信息,,联系方式\n名称,行业,电话\n甲,旅馆业,13912345678\n');
  assert.equal(
    (await entities(noHeader)).summary?.fileError?.message,
    '表头缺少必填列：主体类型、行政区划代码',
  );
});
