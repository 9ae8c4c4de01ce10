import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ENTITY_COLUMNS } from '../../domain/directory/entity-columns.ts';
import { INSPECTOR_COLUMNS } from '../../domain/directory/inspector-columns.ts';
import { parseImport } from './import-batch.ts';
import { buildImportTemplate } from './template.ts';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

void test('R-14.1 the entity template has the Chinese header, drop-downs and a 说明 sheet', async () => {
  const workbook = await load(await buildImportTemplate('entities'));
  assert.deepEqual(
    workbook.worksheets.map((w) => w.name),
    ['导入数据', '说明'],
  );
  const data = workbook.getWorksheet('导入数据');
  assert.ok(data);
  assert.deepEqual(
    (data.getRow(1).values as unknown[]).slice(1),
    ENTITY_COLUMNS.map((c) => c.label),
  );
  const kind = data.getCell('B3').dataValidation;
  assert.equal(kind.type, 'list');
  assert.deepEqual(kind.formulae, ['"单位,个人"']);
  assert.deepEqual(data.getCell(`L500`).dataValidation.formulae, ['"A,B,C,D"']);
  assert.ok((data.getColumn(3).width ?? 0) >= 18, 'credit code column is wide enough');
  const notes = workbook.getWorksheet('说明');
  assert.ok(notes);
  const described = notes.getColumn(1).values.slice(2, 2 + ENTITY_COLUMNS.length);
  assert.deepEqual(
    described,
    ENTITY_COLUMNS.map((c) => c.label),
  );
  assert.match(notes.getCell('D13').text, /留空按 B 处理/);
});

void test('R-14.1 the example rows of both templates are valid, and refused as the template’s example (never imported as a real record)', async () => {
  const entities = parseImport(Readable.from([await buildImportTemplate('entities')]), 'entities', {
    today: '2026-11-26',
  });
  // The only rejection is template-example: the example passes every other check.
  const kinds = (events: { kind: string; rejection?: { code: string; row: number } }[]) =>
    events.map((e) => (e.kind === 'rejected' ? `${e.rejection!.code}@${e.rejection!.row}` : e.kind));
  const entityEvents = [];
  for await (const e of entities) entityEvents.push(e);
  assert.deepEqual(kinds(entityEvents), ['template-example@2', 'summary']);
  const inspectors = parseImport(Readable.from([await buildImportTemplate('inspectors')]), 'inspectors');
  const inspectorEvents = [];
  for await (const e of inspectors) inspectorEvents.push(e);
  assert.deepEqual(kinds(inspectorEvents), ['template-example@2', 'summary']);
  const workbook = await load(await buildImportTemplate('inspectors'));
  assert.deepEqual(workbook.getWorksheet('导入数据')?.getCell('E2').dataValidation.formulae, [
    '"市局,分局,派出所"',
  ]);
  assert.equal(workbook.getWorksheet('说明')?.getCell(`A${INSPECTOR_COLUMNS.length + 1}`).value, '状态');
});
