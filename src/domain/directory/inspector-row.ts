import { isRegionCode } from '../region/region.ts';
import { cleanText, normaliseCode, parseDate, splitList } from './cell-value.ts';
import { cell, exampleOf, labelsOf, mapColumns } from './column-map.ts';
import type { ColumnMap, ColumnMapResult } from './column-map.ts';
import { RowRejections } from './import-rejection.ts';
import type { RowParseResult } from './import-rejection.ts';
import { INSPECTOR_COLUMNS } from './inspector-columns.ts';
import type { InspectorColumnKey } from './inspector-columns.ts';

export type EnforcementLevel = 'city' | 'district' | 'station';
export type InspectorStatus = 'active' | 'transferred' | 'retired';

/** One inspector-directory row, validated and normalised. */
export interface InspectorRow {
  readonly name: string;
  readonly post: string | null;
  readonly rank: string | null;
  readonly badgeNumber: string;
  readonly level: EnforcementLevel;
  readonly regionCode: string;
  readonly certificateNumber: string;
  /** YYYY-MM-DD; an expired certificate is imported but makes the inspector ineligible (R-N.4). */
  readonly certificateValidUntil: string;
  /** Item codes, upper-cased, in file order without repeats. */
  readonly qualifiedItems: readonly string[];
  readonly status: InspectorStatus;
}

const LEVELS: Readonly<Record<string, EnforcementLevel>> = {
  市局: 'city',
  市级: 'city',
  市公安局: 'city',
  city: 'city',
  分局: 'district',
  区县局: 'district',
  县局: 'district',
  区分局: 'district',
  district: 'district',
  派出所: 'station',
  所队: 'station',
  station: 'station',
};
const STATUSES: Readonly<Record<string, InspectorStatus>> = {
  在岗: 'active',
  在职: 'active',
  active: 'active',
  调离: 'transferred',
  调出: 'transferred',
  transferred: 'transferred',
  退休: 'retired',
  retired: 'retired',
};
// 警号: 6 digits (2-digit provincial prefix + serial) in most provinces, 7 where numbers ran out;
// railway, forest and other special forces prefix one or two letters.
export const BADGE_PATTERN = /^[A-Z]{0,2}\d{6,7}$/;
const CERTIFICATE = /^[0-9A-Z][0-9A-Z-]{3,39}$/;
const ITEM_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const TEXT_LIMIT = 100;
const LABELS = labelsOf(INSPECTOR_COLUMNS);

/** The upsert key of an inspector. */
export function inspectorKey(row: InspectorRow): string {
  return row.badgeNumber;
}

/** The import template's example row (its name and badge number), left in the file by mistake. */
export function isTemplateExample(row: InspectorRow): boolean {
  return (
    row.name === exampleOf(INSPECTOR_COLUMNS, 'name') &&
    row.badgeNumber === exampleOf(INSPECTOR_COLUMNS, 'badgeNumber')
  );
}

export function resolveInspectorColumns(headers: readonly string[]): ColumnMapResult<InspectorColumnKey> {
  return mapColumns(INSPECTOR_COLUMNS, headers);
}

type Errors = RowRejections<InspectorColumnKey>;

/** Parses one data row (`row` = spreadsheet row number) keyed by the file's headers. */
export function parseInspectorRow(
  values: Readonly<Record<string, string>>,
  row: number,
  columns: ColumnMap<InspectorColumnKey>,
): RowParseResult<InspectorRow> {
  const errors = new RowRejections(row, columns, LABELS);
  const get = (key: InspectorColumnKey) => cell(values, columns, key);
  const text = (key: InspectorColumnKey, required = false): string | null => {
    const value = cleanText(get(key));
    if (value === '') {
      if (required) errors.add(key, 'value-required', `${LABELS[key]}不能为空`);
      return null;
    }
    if (value.length > TEXT_LIMIT) errors.add(key, 'text-too-long', `${LABELS[key]}超过${TEXT_LIMIT}个字`);
    return value;
  };
  const name = text('name', true);
  const post = text('post');
  const rank = text('rank');
  const badgeNumber = coded(
    'badgeNumber',
    BADGE_PATTERN,
    'badge-number-format',
    '警号应为6或7位数字（可带1–2个字母前缀）',
    get,
    errors,
  );
  const level = lookup('level', LEVELS, 'level-unknown', '执法层级应为 市局、分局 或 派出所', get, errors);
  const regionCode = parseRegion(get('regionCode'), errors);
  const certificateNumber = coded(
    'certificateNumber',
    CERTIFICATE,
    'certificate-number-format',
    '执法证号应为4–40位字母、数字或连字符',
    get,
    errors,
  );
  const certificateValidUntil = parseRequiredDate(get('certificateValidUntil'), errors);
  const qualifiedItems = parseItems(get('qualifiedItems'), errors);
  const status =
    cleanText(get('status')) === ''
      ? 'active'
      : lookup('status', STATUSES, 'status-unknown', '状态应为 在岗、调离 或 退休', get, errors);
  if (
    errors.list.length > 0 ||
    name === null ||
    badgeNumber === null ||
    level === null ||
    certificateNumber === null ||
    certificateValidUntil === null ||
    status === null
  ) {
    return { ok: false, rejections: errors.list };
  }
  const value = {
    name,
    post,
    rank,
    badgeNumber,
    level,
    regionCode,
    certificateNumber,
    certificateValidUntil,
    qualifiedItems,
    status,
  };
  return { ok: true, value };
}

function coded(
  key: InspectorColumnKey,
  pattern: RegExp,
  code: string,
  hint: string,
  get: (key: InspectorColumnKey) => string,
  errors: Errors,
): string | null {
  const value = normaliseCode(get(key));
  if (value === '') errors.add(key, 'value-required', `${LABELS[key]}不能为空`);
  else if (!pattern.test(value)) errors.add(key, code, `${LABELS[key]}“${value}”格式错误：${hint}`);
  else return value;
  return null;
}

function lookup<T>(
  key: InspectorColumnKey,
  table: Readonly<Record<string, T>>,
  code: string,
  hint: string,
  get: (key: InspectorColumnKey) => string,
  errors: Errors,
): T | null {
  const raw = cleanText(get(key));
  const value = table[raw.toLowerCase()];
  if (raw === '') errors.add(key, 'value-required', `${LABELS[key]}不能为空`);
  else if (value === undefined) errors.add(key, code, `${LABELS[key]}“${raw}”无效，${hint}`);
  return value ?? null;
}

function parseRegion(raw: string, errors: Errors): string {
  const code = normaliseCode(raw);
  if (code === '') errors.add('regionCode', 'value-required', '行政区划代码不能为空');
  else if (!isRegionCode(code))
    errors.add('regionCode', 'region-unknown', `行政区划代码“${code}”不在 GB/T 2260 中`);
  return code;
}

function parseRequiredDate(raw: string, errors: Errors): string | null {
  const text = cleanText(raw);
  const date = text === '' ? null : parseDate(text);
  if (text === '') errors.add('certificateValidUntil', 'value-required', '执法证有效期不能为空');
  else if (date === null || date === '9999-12-31') {
    errors.add('certificateValidUntil', 'date-invalid', `执法证有效期“${text}”不是有效日期`);
    return null;
  }
  return date;
}

function parseItems(raw: string, errors: Errors): readonly string[] {
  const items = splitList(normaliseCode(raw.replace(/[\s\u3000]+/g, ';')));
  const bad = items.filter((code) => !ITEM_CODE.test(code));
  if (bad.length > 0) {
    errors.add(
      'qualifiedItems',
      'item-code-format',
      `执法范围中的事项编码“${bad.join('、')}”格式错误（应为字母、数字和连字符，如 LH-ZA-001）`,
    );
  }
  return items;
}
