/**
 * A number as plain digits, without exponent — except an integer past 2^53: Excel keeps 15 significant
 * digits, so an 18-digit ID number or code typed into a number cell has lost its last ones. It is given
 * as Excel shows it (1.50102199001011E+17), which the row checks name (code-as-number) instead of
 * reporting a wrong check digit on digits nobody typed.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) {
    if (Number.isSafeInteger(n)) return String(n);
    const [mantissa, exponent] = n.toPrecision(15).split('e');
    return `${mantissa!.replace(/\.?0+$/, '')}E${exponent}`;
  }
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** A date/time token outside quotes and [brackets] (exceljs' isDateFmt rule). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhsb]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's built-in number formats that show a date or time (ids 27–36 and 50–58: the Chinese locale's). */
export const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A serial date as YYYY-MM-DD (the time of day dropped). */
export function serialDateText(serial: number, date1904 = false): string {
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * 86_400_000));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The text an officer sees in a number cell: a date when its format shows one, else plain digits. */
export function numberCellText(raw: string, isDate: boolean, date1904: boolean): string {
  const text = raw.trim();
  if (text === '') return '';
  const n = Number(text);
  if (Number.isNaN(n)) return text;
  return isDate ? serialDateText(n, date1904) : numberText(n);
}
