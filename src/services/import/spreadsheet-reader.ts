import { basename } from 'node:path';
import { peekSource } from './byte-source.ts';
import { csvRows } from './csv-rows.ts';
import type { SpreadsheetRow } from './header-row.ts';
import { sniffFormat } from './sniff-format.ts';
import { xlsxRows } from './xlsx-rows.ts';

export type { SpreadsheetRow } from './header-row.ts';
export { SpreadsheetError } from './spreadsheet-error.ts';
export type { SpreadsheetErrorCode } from './spreadsheet-error.ts';

export interface ReadSpreadsheetOptions {
  /** Shown in error messages; defaults to the path's base name. */
  readonly fileName?: string;
  /** Called once with the header row's column names (before the first data row). */
  readonly onHeader?: (headers: readonly string[]) => void;
  /** How much a row looks like the header (see HeaderRule). */
  readonly headerScore?: (headers: readonly string[]) => number;
  /** Sees every byte of the source once, in order (for hashing while streaming). */
  readonly onChunk?: (chunk: Buffer) => void;
}

// Enough to tell UTF-8 from GB18030 in practice: a Chinese header and a few hundred rows.
const SNIFF_BYTES = 64 * 1024;

/**
 * Streams the data rows of an XLSX (first worksheet) or CSV (UTF-8, GB18030, UTF-16 with BOM) file.
 * Memory stays flat for any number of rows. When the generator runs to completion, `onChunk` has seen
 * the whole file. A file that cannot be read at all throws a SpreadsheetError.
 */
export async function* readSpreadsheet(
  source: string | NodeJS.ReadableStream,
  opts: ReadSpreadsheetOptions = {},
): AsyncGenerator<SpreadsheetRow, void, undefined> {
  for await (const batch of readSpreadsheetBatches(source, opts)) yield* batch;
}

/** readSpreadsheet a batch of rows at a time (a CSV parser chunk): one await per batch, not per row. */
export async function* readSpreadsheetBatches(
  source: string | NodeJS.ReadableStream,
  opts: ReadSpreadsheetOptions = {},
): AsyncGenerator<SpreadsheetRow[], void, undefined> {
  const fileName = opts.fileName ?? (typeof source === 'string' ? basename(source) : undefined);
  const rule = { onHeader: opts.onHeader ?? (() => undefined), headerScore: opts.headerScore };
  const peeked = await peekSource(source, SNIFF_BYTES, opts.onChunk);
  try {
    const format = sniffFormat(peeked.head, peeked.ended, fileName);
    if (format.kind === 'xlsx') yield* xlsxRows(peeked, rule);
    else yield* csvRows(peeked, format.encoding, rule);
  } finally {
    await peeked.close();
  }
}
