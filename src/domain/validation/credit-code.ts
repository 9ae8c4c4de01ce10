import { childRegions } from '../region/region.ts';

// GB 32100-2015 unified social credit code (统一社会信用代码): 18 chars from 31 symbols (no I, O, S, V, Z).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeErrorCode =
  | 'credit-code-length'
  | 'credit-code-charset'
  | 'credit-code-authority'
  | 'credit-code-kind'
  | 'credit-code-region'
  | 'credit-code-check-digit';

export type CreditCodeResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: CreditCodeErrorCode; readonly message: string };

// 登记管理部门代码 → allowed 机构类别代码. 1/5/9/Y are in the standard's table 1; the others were
// assigned later by the national coordinating body, so only their authority letter is checked.
const KINDS_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
  '2': '123456789', // 外交
  '3': '123456789', // 司法行政
  '4': '123456789', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '123456789', // 旅游
  '7': '123456789', // 宗教
  '8': '123456789', // 工会
  '9': '123', // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: '123456789', // 中央军委改革和编制办公室
  N: '123456789', // 农业 (农村集体经济组织)
  Y: '123456789', // 其他
};

/** The 18th character for the given first 17 characters (throws on a character outside the charset). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('creditCodeCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a credit-code character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

const fail = (code: CreditCodeErrorCode, message: string): CreditCodeResult => ({ ok: false, code, message });

/** Validates a credit code already trimmed and upper-cased (see normaliseCode in the row parsers). */
export function validateCreditCode(s: string): CreditCodeResult {
  if (s.length !== 18) {
    return fail('credit-code-length', `统一社会信用代码应为18位，实际为${s.length}位`);
  }
  for (const ch of s) {
    if (!CHARSET.includes(ch)) {
      return fail('credit-code-charset', `统一社会信用代码含有非法字符“${ch}”（不使用 I、O、S、V、Z）`);
    }
  }
  const kinds = KINDS_BY_AUTHORITY[s.charAt(0)];
  if (kinds === undefined) {
    return fail('credit-code-authority', `统一社会信用代码第1位“${s.charAt(0)}”不是有效的登记管理部门代码`);
  }
  if (!kinds.includes(s.charAt(1))) {
    return fail('credit-code-kind', `统一社会信用代码第2位“${s.charAt(1)}”不是该登记管理部门的机构类别代码`);
  }
  if (!isPlausibleRegionPart(s.slice(2, 8))) {
    return fail('credit-code-region', `统一社会信用代码第3至8位“${s.slice(2, 8)}”不是有效的行政区划码`);
  }
  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (s.charAt(17) !== expected) {
    return fail('credit-code-check-digit', `统一社会信用代码校验码错误（第18位应为“${expected}”）`);
  }
  return { ok: true };
}

// Codes keep the region of the registering office at issue time, and divisions are renamed every year,
// so only the province part must exist today; 100000 is used by central-level registration authorities.
function isPlausibleRegionPart(region: string): boolean {
  if (!/^\d{6}$/.test(region)) return false;
  if (region === '100000') return true;
  const province = `${region.slice(0, 2)}0000`;
  return childRegions().some((p) => p.code === province);
}
