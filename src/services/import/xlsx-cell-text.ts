import type { CellValue } from 'exceljs';

/** A date cell as YYYY-MM-DD (Excel dates arrive as UTC midnight). */
function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A number as plain digits: no exponent, and 18-digit codes keep every digit Excel stored. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(20).replace(/\.?0+$/, '') : text;
}

// Same rule as exceljs' isDateFmt: a date/time token outside quotes and [brackets].
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhsb]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The text of a cell as the officer sees it: rich text flattened, a formula's cached result, dates ISO. */
export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') {
    return isDateFormat(numFmt)
      ? dateText(new Date(EXCEL_EPOCH + Math.round(value * 86_400_000)))
      : numberText(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || (typeof result === 'object' && !(result instanceof Date))) return '';
    return cellText(result, numFmt);
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}
