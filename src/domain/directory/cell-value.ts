// Cell-level normalisation shared by the directory row parsers (pure: strings in, strings out).

const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** Trims ASCII, full-width and no-break spaces and collapses inner runs to one space. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(SPACES, ' ').trim();
}

/**
 * Codes: every space removed, full-width letters and digits made ASCII, upper-cased, and the guards
 * that keep Excel from turning a long number into 1.5E+17 taken off — `="…"` (what many systems'
 * CSV exports write), a leading `'` (typed in Excel) and a trailing tab (removed with the spaces).
 */
export function normaliseCode(value: string | undefined): string {
  return (value ?? '')
    .replace(SPACES, '')
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/^="(.*)"$/, '$1')
    .replace(/^'/, '')
    .toUpperCase();
}

/** Far-future date used for 长期/永久 (no expiry) licences. */
export const NO_EXPIRY = '9999-12-31';

// Excel serials of 1990-01-01 .. 2199-12-31: a date cell that reached us as a bare number.
const SERIAL_MIN = 32874;
const SERIAL_MAX = 109939;

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYYMMDD, YYYY年M月D日 (a trailing 00:00:00 is ignored), an Excel
 * serial number, or 长期/永久 (→ 9999-12-31). Returns null when the text is not a real date.
 */
export function parseDate(value: string): string | null {
  const s = normaliseCode(value).replace(/T?0{1,2}:00(:00(\.0+)?)?Z?$/, '');
  if (s === '长期' || s === '永久' || s === '长期有效') return NO_EXPIRY;
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (parts) return isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (/^\d{5,6}(\.0+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** Splits a list cell on ASCII/Chinese commas, semicolons, 、 and spaces; drops empties and repeats. */
export function splitList(value: string | undefined): readonly string[] {
  const parts = (value ?? '').split(/[,，;；、\s\u3000]+/).filter((p) => p.length > 0);
  return [...new Set(parts)];
}
