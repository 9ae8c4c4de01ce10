import { maskIdNumber } from '../../domain/privacy/mask.ts';
import { createHash } from 'node:crypto';
import type { ColumnMap, ColumnMapResult } from '../../domain/directory/column-map.ts';
import type { EntityColumnKey } from '../../domain/directory/entity-columns.ts';
import {
  entityKey,
  isTemplateExample as isEntityExample,
  parseEntityRow,
  resolveEntityColumns,
} from '../../domain/directory/entity-row.ts';
import type { EntityRow } from '../../domain/directory/entity-row.ts';
import type { ImportRejection, RowParseResult } from '../../domain/directory/import-rejection.ts';
import type { InspectorColumnKey } from '../../domain/directory/inspector-columns.ts';
import {
  inspectorKey,
  isTemplateExample as isInspectorExample,
  parseInspectorRow,
  resolveInspectorColumns,
} from '../../domain/directory/inspector-row.ts';
import type { InspectorRow } from '../../domain/directory/inspector-row.ts';
import { readSpreadsheetBatches } from './spreadsheet-reader.ts';

export type ImportKind = 'entities' | 'inspectors';

export interface ImportSummary {
  /** SHA-256 (hex) of the file's bytes, computed while streaming. */
  readonly fileSha256: string;
  /** Non-blank data rows read. */
  readonly dataRows: number;
  readonly accepted: number;
  /** Rows with at least one rejection (a row may have several). */
  readonly rejectedRows: number;
  /** The header problem (missing-column, duplicate-column) that stopped the import, if any. */
  readonly fileError: ImportRejection | null;
}

export type ImportEvent<T> =
  | { readonly kind: 'row'; readonly row: number; readonly value: T }
  | { readonly kind: 'rejected'; readonly rejection: ImportRejection }
  | { readonly kind: 'summary'; readonly summary: ImportSummary };

export interface ParseImportOptions {
  readonly fileName?: string;
  /** Today as YYYY-MM-DD, for ID-number birth dates. */
  readonly today?: string;
}

interface RowParser<T> {
  readonly resolve: (headers: readonly string[]) => ColumnMapResult<string>;
  readonly parse: (
    values: Readonly<Record<string, string>>,
    row: number,
    columns: ColumnMap<string>,
  ) => RowParseResult<T>;
  readonly key: (value: T) => string;
  /** The template's example row, left in the file: refused, so that it never becomes a real record. */
  readonly isExample: (value: T) => boolean;
  /** The header of the key column of `value` in this file, and its name in messages. */
  readonly keyColumn: (
    value: T,
    columns: ColumnMap<string>,
  ) => { readonly column: string; readonly label: string; readonly shown: string };
}

function entityParser(options: ParseImportOptions): RowParser<EntityRow> {
  return {
    resolve: resolveEntityColumns,
    parse: (values, row, columns) =>
      parseEntityRow(values, row, columns as ColumnMap<EntityColumnKey>, options),
    key: entityKey,
    isExample: isEntityExample,
    keyColumn: (value, columns) => {
      const label = value.creditCode !== null ? '统一社会信用代码' : '身份证号';
      const column = columns.get(value.creditCode !== null ? 'creditCode' : 'idNumber') ?? label;
      // Rejections are stored with the import: an ID number is named masked (issue 10.7).
      return { column, label, shown: value.creditCode ?? maskIdNumber(value.idNumber ?? '') };
    },
  };
}

const inspectorParser: RowParser<InspectorRow> = {
  resolve: resolveInspectorColumns,
  parse: (values, row, columns) => parseInspectorRow(values, row, columns as ColumnMap<InspectorColumnKey>),
  key: inspectorKey,
  isExample: isInspectorExample,
  keyColumn: (value, columns) => ({
    column: columns.get('badgeNumber') ?? '警号',
    label: '警号',
    shown: value.badgeNumber,
  }),
};

/**
 * Streams a directory import: each valid row, each rejection (R-13.2: invalid rows are reported with
 * row number and reason, valid ones kept), then one summary with the file's SHA-256. A key repeated in
 * the file keeps its first row; later rows are rejected as duplicate-in-file. Unreadable files throw
 * SpreadsheetError.
 */
export function parseImport(
  source: string | NodeJS.ReadableStream,
  kind: 'entities',
  options?: ParseImportOptions,
): AsyncGenerator<ImportEvent<EntityRow>, void, undefined>;
export function parseImport(
  source: string | NodeJS.ReadableStream,
  kind: 'inspectors',
  options?: ParseImportOptions,
): AsyncGenerator<ImportEvent<InspectorRow>, void, undefined>;
export async function* parseImport(
  source: string | NodeJS.ReadableStream,
  kind: ImportKind,
  options: ParseImportOptions = {},
): AsyncGenerator<ImportEvent<EntityRow | InspectorRow>, void, undefined> {
  const batches =
    kind === 'entities'
      ? parseImportBatches(source, kind, options)
      : parseImportBatches(source, kind, options);
  for await (const batch of batches) yield* batch;
}

/** parseImport a batch of events at a time (one CSV parser chunk): the worker's path for large files. */
export function parseImportBatches(
  source: string | NodeJS.ReadableStream,
  kind: 'entities',
  options?: ParseImportOptions,
): AsyncGenerator<ImportEvent<EntityRow>[], void, undefined>;
export function parseImportBatches(
  source: string | NodeJS.ReadableStream,
  kind: 'inspectors',
  options?: ParseImportOptions,
): AsyncGenerator<ImportEvent<InspectorRow>[], void, undefined>;
export function parseImportBatches(
  source: string | NodeJS.ReadableStream,
  kind: ImportKind,
  options: ParseImportOptions = {},
): AsyncGenerator<ImportEvent<EntityRow | InspectorRow>[], void, undefined> {
  return kind === 'entities'
    ? run(source, entityParser(options), options)
    : run(source, inspectorParser, options);
}

/**
 * The key as a string of its own. A parsed field is a slice of the chunk it was read from, and V8 keeps
 * the whole chunk alive while the slice lives: kept for the file's duplicates, the keys held every chunk of
 * the file (a 10M-row import peaked at 4.4 GB).
 */
const ownCopy = (key: string): string => Buffer.from(key, 'utf8').toString('utf8');

async function* run<T>(
  source: string | NodeJS.ReadableStream,
  parser: RowParser<T>,
  options: ParseImportOptions,
): AsyncGenerator<ImportEvent<T>[], void, undefined> {
  const hash = createHash('sha256');
  const state: { header: ColumnMapResult<string> | null } = { header: null };
  const firstRowByKey = new Map<string, number>();
  let fileError: ImportRejection | null = null;
  let dataRows = 0;
  let accepted = 0;
  let rejectedRows = 0;
  const batches = readSpreadsheetBatches(source, {
    fileName: options.fileName,
    onHeader: (headers) => (state.header = parser.resolve(headers)),
    headerScore: (headers) => {
      const resolved = parser.resolve(headers);
      return resolved.ok ? Infinity : (resolved.found ?? 0);
    },
    onChunk: (chunk) => hash.update(chunk),
  });
  for await (const rows of batches) {
    const out: ImportEvent<T>[] = [];
    for (const { row, values } of rows) {
      const header = state.header;
      // After a header error the rest is still read, so the hash covers the whole file.
      if (fileError !== null || header === null) continue;
      if (!header.ok) {
        fileError = header.rejection;
        out.push({ kind: 'rejected', rejection: fileError });
        continue;
      }
      dataRows++;
      const parsed = parser.parse(values, row, header.value);
      if (!parsed.ok) {
        rejectedRows++;
        for (const rejection of parsed.rejections) out.push({ kind: 'rejected', rejection });
        continue;
      }
      if (parser.isExample(parsed.value)) {
        rejectedRows++;
        const column = header.value.get('name') ?? '名称';
        const message = '本行是导入模板中的示例，未导入；请删除示例行后填写实际数据';
        out.push({ kind: 'rejected', rejection: { row, column, code: 'template-example', message } });
        continue;
      }
      const key = parser.key(parsed.value);
      const first = firstRowByKey.get(key);
      if (first === undefined) {
        firstRowByKey.set(ownCopy(key), row);
        accepted++;
        out.push({ kind: 'row', row, value: parsed.value });
        continue;
      }
      rejectedRows++;
      const { column, label, shown } = parser.keyColumn(parsed.value, header.value);
      const message = `${label}“${shown}”与第${first}行重复，本行未导入`;
      out.push({ kind: 'rejected', rejection: { row, column, code: 'duplicate-in-file', message } });
    }
    if (out.length > 0) yield out;
  }
  const last: ImportEvent<T>[] = [];
  if (fileError === null && state.header?.ok === false) {
    fileError = state.header.rejection;
    last.push({ kind: 'rejected', rejection: fileError });
  }
  const fileSha256 = hash.digest('hex');
  last.push({ kind: 'summary', summary: { fileSha256, dataRows, accepted, rejectedRows, fileError } });
  yield last;
}
