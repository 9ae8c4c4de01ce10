import { isRegionCode } from '../region/region.ts';
import { validateCreditCode } from '../validation/credit-code.ts';
import { validateIdNumber } from '../validation/id-number.ts';
import { validatePhone } from '../validation/phone-number.ts';
import { cleanText, normaliseCode, parseDate, splitList } from './cell-value.ts';
import { cell, exampleOf, labelsOf, mapColumns } from './column-map.ts';
import type { ColumnMap, ColumnMapResult } from './column-map.ts';
import { ENTITY_COLUMNS } from './entity-columns.ts';
import type { EntityColumnKey } from './entity-columns.ts';
import { RowRejections } from './import-rejection.ts';
import type { RowParseResult } from './import-rejection.ts';
import { parseRiskFlag, RISK_FLAGS } from './risk-flag.ts';
import type { RiskFlag } from './risk-flag.ts';

export type EntityKind = 'organisation' | 'person';
export type RiskClass = 'A' | 'B' | 'C' | 'D';
export type EntityStatus = 'active' | 'deregistered';

/** One entity-directory row, validated and normalised. */
export interface EntityRow {
  readonly kind: EntityKind;
  readonly name: string;
  readonly creditCode: string | null;
  readonly idNumber: string | null;
  readonly registrationAuthority: string | null;
  readonly legalRepresentative: string | null;
  readonly address: string | null;
  /** 联系电话, normalised (validatePhone). */
  readonly contactPhone: string | null;
  readonly licenceNumber: string | null;
  /** YYYY-MM-DD; 9999-12-31 for a licence without expiry (长期). */
  readonly licenceValidUntil: string | null;
  readonly regionCode: string;
  readonly industry: string;
  readonly riskClass: RiskClass;
  readonly riskFlags: readonly RiskFlag[];
  readonly status: EntityStatus;
}

export interface EntityRowOptions {
  /** Today as YYYY-MM-DD, for the birth date in ID numbers. */
  readonly today?: string;
}

const KINDS: Readonly<Record<string, EntityKind>> = {
  单位: 'organisation',
  企业: 'organisation',
  组织: 'organisation',
  机构: 'organisation',
  个体工商户: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  个人: 'person',
  自然人: 'person',
  person: 'person',
};
const STATUSES: Readonly<Record<string, EntityStatus>> = {
  正常: 'active',
  在业: 'active',
  存续: 'active',
  开业: 'active',
  active: 'active',
  注销: 'deregistered',
  吊销: 'deregistered',
  停业: 'deregistered',
  撤销: 'deregistered',
  deregistered: 'deregistered',
};
const TEXT_LIMIT = 200;
const LABELS = labelsOf(ENTITY_COLUMNS);

/** The upsert key: the credit code, or the ID number of a natural person without one. */
export function entityKey(row: EntityRow): string {
  return row.creditCode ?? row.idNumber ?? '';
}

/** The import template's example row (its name and credit code), left in the file by mistake. */
export function isTemplateExample(row: EntityRow): boolean {
  return (
    row.name === exampleOf(ENTITY_COLUMNS, 'name') &&
    row.creditCode === exampleOf(ENTITY_COLUMNS, 'creditCode')
  );
}

/** Maps the header row; needs 名称, 主体类型, 行政区划代码, 行业 and one of 统一社会信用代码 / 身份证号. */
export function resolveEntityColumns(headers: readonly string[]): ColumnMapResult<EntityColumnKey> {
  const mapped = mapColumns(ENTITY_COLUMNS, headers);
  if (mapped.ok && !mapped.value.has('creditCode') && !mapped.value.has('idNumber')) {
    const column = '统一社会信用代码/身份证号';
    return {
      ok: false,
      rejection: { row: 1, column, code: 'missing-column', message: `表头缺少必填列：${column}` },
      found: mapped.value.size,
    };
  }
  return mapped;
}

/** Parses one data row (`row` = spreadsheet row number) keyed by the file's headers. */
export function parseEntityRow(
  values: Readonly<Record<string, string>>,
  row: number,
  columns: ColumnMap<EntityColumnKey>,
  options: EntityRowOptions = {},
): RowParseResult<EntityRow> {
  const errors = new RowRejections(row, columns, LABELS);
  const get = (key: EntityColumnKey) => cell(values, columns, key);
  const text = (key: EntityColumnKey, required = false): string | null => {
    const value = cleanText(get(key));
    if (value === '') {
      if (required) errors.add(key, 'value-required', `${LABELS[key]}不能为空`);
      return null;
    }
    if (value.length > TEXT_LIMIT) errors.add(key, 'text-too-long', `${LABELS[key]}超过${TEXT_LIMIT}个字`);
    return value;
  };
  const name = text('name', true);
  const { creditCode, idNumber } = parseCodes(get, errors, options);
  const kind = parseKind(cleanText(get('kind')), creditCode, idNumber, errors);
  const value = {
    kind,
    name,
    creditCode,
    idNumber,
    registrationAuthority: text('registrationAuthority'),
    legalRepresentative: text('legalRepresentative'),
    address: text('address'),
    contactPhone: parsePhone(get('contactPhone'), errors),
    licenceNumber: text('licenceNumber'),
    licenceValidUntil: parseOptionalDate(get('licenceValidUntil'), errors),
    regionCode: parseRegion(get('regionCode'), errors),
    industry: text('industry', true),
    riskClass: parseRiskClass(get('riskClass'), errors),
    riskFlags: parseRiskFlags(get('riskFlags'), errors),
    status: parseStatus(cleanText(get('status')), errors),
  };
  if (errors.list.length > 0 || kind === null || value.name === null || value.industry === null) {
    return { ok: false, rejections: errors.list };
  }
  return { ok: true, value: { ...value, kind, name: value.name, industry: value.industry } };
}

type Errors = RowRejections<EntityColumnKey>;

// Excel shows a long digit string typed into a number cell as 1.50102E+17, and keeps 15 digits of it.
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/;

function excelNumber(key: 'creditCode' | 'idNumber', value: string, errors: Errors): boolean {
  if (!SCIENTIFIC.test(value)) return false;
  const label = key === 'creditCode' ? '统一社会信用代码' : '身份证号';
  errors.add(
    key,
    'code-as-number',
    `${label}“${value}”被 Excel 当作数字保存，后几位已丢失；请把该列设为“文本”格式，重新填写后再导入`,
  );
  return true;
}

function parseCodes(get: (key: EntityColumnKey) => string, errors: Errors, options: EntityRowOptions) {
  const creditCode = normaliseCode(get('creditCode')) || null;
  if (creditCode !== null && !excelNumber('creditCode', creditCode, errors)) {
    const checked = validateCreditCode(creditCode);
    if (!checked.ok) errors.add('creditCode', checked.code, checked.message);
  }
  const idNumber = normaliseCode(get('idNumber')) || null;
  if (idNumber !== null && !excelNumber('idNumber', idNumber, errors)) {
    const checked = validateIdNumber(idNumber, options);
    if (!checked.ok) errors.add('idNumber', checked.code, checked.message);
  }
  return { creditCode, idNumber };
}

function parseKind(raw: string, creditCode: string | null, idNumber: string | null, errors: Errors) {
  const kind =
    raw === '' ? (creditCode ? 'organisation' : idNumber ? 'person' : null) : KINDS[raw.toLowerCase()];
  if (kind === undefined) {
    errors.add('kind', 'kind-unknown', `主体类型“${raw}”无效，应为“单位”或“个人”`);
    return null;
  }
  if (kind === null) {
    errors.add('kind', 'value-required', '主体类型不能为空（且未填写统一社会信用代码或身份证号）');
  } else if (kind === 'organisation' && creditCode === null) {
    errors.add('creditCode', 'value-required', '单位必须填写统一社会信用代码');
  } else if (kind === 'person' && idNumber === null) {
    errors.add('idNumber', 'value-required', '个人必须填写身份证号');
  }
  return kind;
}

function parsePhone(raw: string, errors: Errors): string | null {
  if (cleanText(raw) === '') return null;
  const checked = validatePhone(raw);
  if (checked.ok) return checked.phone;
  errors.add('contactPhone', checked.code, checked.message);
  return null;
}

function parseOptionalDate(raw: string, errors: Errors): string | null {
  if (cleanText(raw) === '') return null;
  const date = parseDate(raw);
  if (date === null)
    errors.add('licenceValidUntil', 'date-invalid', `许可证有效期“${cleanText(raw)}”不是有效日期`);
  return date;
}

function parseRegion(raw: string, errors: Errors): string {
  const code = normaliseCode(raw);
  if (code === '') errors.add('regionCode', 'value-required', '行政区划代码不能为空');
  else if (!isRegionCode(code))
    errors.add('regionCode', 'region-unknown', `行政区划代码“${code}”不在 GB/T 2260 中`);
  return code;
}

function parseRiskClass(raw: string, errors: Errors): RiskClass {
  const value = normaliseCode(raw).replace(/[类级]$/, '');
  if (value === '') return 'B';
  if (value === 'A' || value === 'B' || value === 'C' || value === 'D') return value;
  errors.add('riskClass', 'risk-class-unknown', `风险等级“${cleanText(raw)}”无效，应为 A、B、C 或 D`);
  return 'B';
}

function parseRiskFlags(raw: string, errors: Errors): readonly RiskFlag[] {
  const names = splitList(cleanText(raw));
  const flags = new Set<RiskFlag>();
  const unknown: string[] = [];
  for (const name of names) {
    const flag = parseRiskFlag(name);
    if (flag) flags.add(flag);
    else unknown.push(name);
  }
  if (unknown.length > 0)
    errors.add('riskFlags', 'risk-flag-unknown', `风险情形“${unknown.join('、')}”无法识别`);
  return RISK_FLAGS.filter((f) => flags.has(f));
}

function parseStatus(raw: string, errors: Errors): EntityStatus {
  if (raw === '') return 'active';
  const status = STATUSES[raw.toLowerCase()];
  if (status === undefined)
    errors.add('status', 'status-unknown', `状态“${raw}”无效，应为 正常/在业/存续 或 注销/吊销/停业`);
  return status ?? 'active';
}
