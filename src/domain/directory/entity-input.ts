import type { FieldProblem } from '../field-problem.ts';
import { isRegionCode } from '../region/region.ts';
import { validateCreditCode } from '../validation/credit-code.ts';
import { validateIdNumber } from '../validation/id-number.ts';
import { normalisePhone, validatePhone } from '../validation/phone-number.ts';
import { RISK_FLAGS } from './risk-flag.ts';
import { normaliseCode } from './cell-value.ts';

/** An entity typed in through the API (the spreadsheet path has its own row parser). */
export interface EntityInput {
  readonly kind: 'organisation' | 'person';
  readonly name: string;
  readonly creditCode?: string | undefined;
  readonly idNumber?: string | undefined;
  readonly registrationAuthority?: string | undefined;
  readonly legalRepresentative?: string | undefined;
  readonly address?: string | undefined;
  /** 联系电话; '' clears it. */
  readonly contactPhone?: string | undefined;
  readonly licenceNumber?: string | undefined;
  readonly licenceValidUntil?: string | undefined;
  readonly regionCode: string;
  readonly industry: string;
  readonly riskClass: 'A' | 'B' | 'C' | 'D';
  readonly riskFlags?: readonly string[] | undefined;
}

/** Codes as typed (spaces, full-width letters, a lower-case x) in the form the validators and the key use. */
export function normaliseEntityInput<T extends Partial<EntityInput>>(e: T): T {
  return {
    ...e,
    ...(e.creditCode !== undefined && { creditCode: normaliseCode(e.creditCode) }),
    ...(e.idNumber !== undefined && { idNumber: normaliseCode(e.idNumber) }),
    ...(e.contactPhone !== undefined && { contactPhone: normalisePhone(e.contactPhone) }),
  };
}

/** an organisation needs a valid credit code, a person a valid ID number. */
export function checkEntityInput(e: EntityInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!e.name.trim()) add('name', 'required', '名称不能为空');
  if (e.kind === 'organisation') {
    const r = validateCreditCode(e.creditCode ?? '');
    if (!e.creditCode) add('creditCode', 'required', '单位须填写统一社会信用代码');
    else if (!r.ok) add('creditCode', r.code, r.message);
  } else {
    const r = validateIdNumber(e.idNumber ?? '');
    if (!e.idNumber) add('idNumber', 'required', '个人须填写身份证号');
    else if (!r.ok) add('idNumber', r.code, r.message);
  }
  if (e.contactPhone) {
    const r = validatePhone(e.contactPhone);
    if (!r.ok) add('contactPhone', r.code, r.message);
  }
  if (!isRegionCode(e.regionCode))
    add('regionCode', 'region-unknown', `行政区划代码 ${e.regionCode} 不存在（GB/T 2260）`);
  if (!e.industry.trim()) add('industry', 'required', '行业不能为空');
  for (const flag of e.riskFlags ?? []) {
    if (!(RISK_FLAGS as readonly string[]).includes(flag))
      add('riskFlags', 'risk-flag-unknown', `未知的风险情形：${flag}`);
  }
  return problems;
}
