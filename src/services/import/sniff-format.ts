import { SpreadsheetError } from './spreadsheet-error.ts';

export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type SniffedFormat =
  { readonly kind: 'xlsx' } | { readonly kind: 'csv'; readonly encoding: CsvEncoding };

const startsWith = (head: Buffer, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);

// Formats people upload by mistake; each is refused before any parsing is attempted.
const OTHER_BINARIES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x50, 0x4b, 0x05, 0x06], // empty zip
];

function notASpreadsheet(what: string): SpreadsheetError {
  return new SpreadsheetError('not-a-spreadsheet', `${what}不是电子表格，请上传 .xlsx 或 .csv 文件`);
}

function decodes(encoding: CsvEncoding, head: Buffer, ended: boolean): boolean {
  try {
    // stream: true keeps a multibyte character cut at the end of the sample from counting as an error.
    new TextDecoder(encoding, { fatal: true }).decode(head, { stream: !ended });
    return true;
  } catch {
    return false;
  }
}

function hasBinaryBytes(head: Buffer): boolean {
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > head.length / 100;
}

/** Decides how to read a file from its first bytes (`ended`: the file is no longer than `head`). */
export function sniffFormat(head: Buffer, ended: boolean, fileName = '文件'): SniffedFormat {
  const what = `“${fileName}”`;
  if (head.length === 0) throw new SpreadsheetError('empty-file', `${what}是空文件`);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new SpreadsheetError(
      'legacy-xls',
      `${what}是旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV 后再导入`,
    );
  }
  if (OTHER_BINARIES.some((magic) => startsWith(head, magic))) throw notASpreadsheet(what);
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'csv', encoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'csv', encoding: 'utf-16be' };
  if (hasBinaryBytes(head)) throw notASpreadsheet(what);
  if (startsWith(head, [0xef, 0xbb, 0xbf]) || decodes('utf-8', head, ended))
    return { kind: 'csv', encoding: 'utf-8' };
  if (decodes('gb18030', head, ended)) return { kind: 'csv', encoding: 'gb18030' };
  throw new SpreadsheetError('bad-encoding', `${what}的文字编码无法识别，请保存为 UTF-8 或 GBK 编码的 CSV`);
}
