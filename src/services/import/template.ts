import ExcelJS from 'exceljs';
import type { ColumnSpec } from '../../domain/directory/column-map.ts';
import { ENTITY_COLUMNS } from '../../domain/directory/entity-columns.ts';
import { INSPECTOR_COLUMNS } from '../../domain/directory/inspector-columns.ts';

/** Rows of the data sheet that get the drop-down lists. */
const VALIDATED_ROWS = 1000;
// Columns whose values are codes: stored as text so Excel keeps 18 digits and leading zeros.
const TEXT_COLUMNS = new Set([
  'creditCode',
  'idNumber',
  'regionCode',
  'badgeNumber',
  'certificateNumber',
  'licenceNumber',
]);

const NOTES: Readonly<Record<'entities' | 'inspectors', readonly string[]>> = {
  entities: [
    '第1行为表头，从第2行起每行一个检查对象；第2行为示例，导入前请删除或替换。',
    '单位须填写统一社会信用代码，个人须填写身份证号；同一代码在文件中重复时只导入第一行。',
    '风险等级留空时按 B 级处理；风险等级仅供抽查比例使用，不对外公示。',
    '校验不通过的行会被拒绝并列出行号和原因，其余行照常导入。支持 .xlsx 和 CSV（UTF-8 或 GBK）。',
  ],
  inspectors: [
    '第1行为表头，从第2行起每行一名执法检查人员；第2行为示例，导入前请删除或替换。',
    '只录入具有执法资格的民警；第三方技术人员不作为执法检查人员录入。',
    '警号为人员唯一标识，同一警号在文件中重复时只导入第一行；执法证过期的人员不参与抽取。',
    '校验不通过的行会被拒绝并列出行号和原因，其余行照常导入。支持 .xlsx 和 CSV（UTF-8 或 GBK）。',
  ],
};

function columnWidth(spec: ColumnSpec<string>): number {
  const longest = Math.max(
    spec.label.length * 2,
    spec.example.length * (/^[\x20-\x7e]*$/.test(spec.example) ? 1 : 2),
  );
  return Math.min(Math.max(longest + 2, 10), 48);
}

function addDataSheet(workbook: ExcelJS.Workbook, specs: readonly ColumnSpec<string>[]): void {
  const sheet = workbook.addWorksheet('导入数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = specs.map((spec) => ({
    header: spec.label,
    key: spec.key,
    width: columnWidth(spec),
    style: TEXT_COLUMNS.has(spec.key) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  specs.forEach((spec, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: spec.required ? 'FFFCE4D6' : 'FFEDEDED' },
    };
  });
  sheet.addRow(Object.fromEntries(specs.map((spec) => [spec.key, spec.example])));
  specs.forEach((spec, i) => {
    if (!spec.choices) return;
    const column = sheet.getColumn(i + 1);
    for (let row = 2; row <= VALIDATED_ROWS; row++) {
      sheet.getCell(row, column.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${spec.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: spec.label,
        error: `请从列表中选择：${spec.choices.join('、')}`,
      };
    }
  });
}

function addNotesSheet(
  workbook: ExcelJS.Workbook,
  specs: readonly ColumnSpec<string>[],
  notes: readonly string[],
): void {
  const sheet = workbook.addWorksheet('说明');
  sheet.columns = [
    { header: '列名', key: 'label', width: 18 },
    { header: '英文列名', key: 'key', width: 24 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'description', width: 80 },
    { header: '示例', key: 'example', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const spec of specs) {
    sheet.addRow({ ...spec, required: spec.required ? '必填' : '选填' });
  }
  sheet.addRow([]);
  for (const note of notes) sheet.addRow([note]);
  sheet.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
}

/** The XLSX import template: 导入数据 (headers, one valid example row, drop-downs) and 说明 (every column). */
export async function buildImportTemplate(kind: 'entities' | 'inspectors'): Promise<Buffer> {
  const specs: readonly ColumnSpec<string>[] = kind === 'entities' ? ENTITY_COLUMNS : INSPECTOR_COLUMNS;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ShuangSui 双随机一公开平台';
  addDataSheet(workbook, specs);
  addNotesSheet(workbook, specs, NOTES[kind]);
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written);
}
