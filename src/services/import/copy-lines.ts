import { csvLine, pgTextArray } from '../../db/repositories/csv-line.ts';
import { isInvalidText, replaceInvalidText } from '../../domain/validation/text-check.ts';
import type { ImportRejection } from '../../domain/directory/import-rejection.ts';
import type { InspectorRow } from '../../domain/directory/inspector-row.ts';
import type { ImportEvent, ImportSummary } from './import-batch.ts';

/** Turns one parsed row into a COPY line for the staging table, or a rejection. */
export type ToCopyLine<T> = (row: number, value: T) => string | ImportRejection;

/** What the parse leaves beside the COPY data: rejections, the summary and the rows read so far. */
export interface ParseSink {
  /** The first MAX_LISTED_REJECTIONS rejections; the rest are only counted. */
  readonly rejected: ImportRejection[];
  /** Every rejection seen, listed or not. */
  rejectedCount: number;
  summary: ImportSummary | null;
  read: number;
}

// A file of a million bad rows must not hold a million rejections in memory, the report or the database.
export const MAX_LISTED_REJECTIONS = 10_000;

export const newSink = (): ParseSink => ({ rejected: [], rejectedCount: 0, summary: null, read: 0 });

/** Counts a rejection and lists it while the list is short (cell text quoted in it made storable). */
export function addRejection(sink: ParseSink, r: ImportRejection): void {
  if (++sink.rejectedCount > MAX_LISTED_REJECTIONS) return;
  sink.rejected.push({ ...r, column: replaceInvalidText(r.column), message: replaceInvalidText(r.message) });
}

export const invalidText = (row: number): ImportRejection => ({
  row,
  column: '整行',
  code: 'invalid-text',
  message: '本行含有空字符或不成对的代理字符（文件可能已损坏），本行未导入',
});

// COPY data goes out in strings of about this many characters (one postMessage or one stream write).
export const BATCH_CHARS = 1024 * 1024;

/** Inspector rows whose qualified items are not all in the item list are rejected. */
export function inspectorLine(knownItemCodes: ReadonlySet<string>): ToCopyLine<InspectorRow> {
  return (row, i) => {
    const unknown = i.qualifiedItems.filter((c) => !knownItemCodes.has(c));
    if (unknown.length > 0)
      return {
        row,
        column: '执法范围',
        code: 'item-unknown',
        message: `抽查事项编码不存在：${unknown.join('、')}`,
      };
    return csvLine([
      String(row),
      i.name,
      i.post,
      i.rank,
      i.badgeNumber,
      i.level,
      i.regionCode,
      i.certificateNumber,
      i.certificateValidUntil,
      pgTextArray(i.qualifiedItems),
      i.status,
    ]);
  };
}

/** Splits the parse events: rows become batched COPY lines, rejections and the summary go to `sink`. */
export async function* copyBatches<T>(
  events: AsyncIterable<readonly ImportEvent<T>[]>,
  toLine: ToCopyLine<T>,
  sink: ParseSink,
  onProgress?: (rowsRead: number) => void,
): AsyncGenerator<string, void, undefined> {
  let buffer = '';
  for await (const batch of events)
    for (const e of batch) {
      if (e.kind === 'summary') sink.summary = e.summary;
      else if (e.kind === 'rejected') addRejection(sink, e.rejection);
      else {
        const out = toLine(e.row, e.value);
        if (typeof out !== 'string') addRejection(sink, out);
        else if (isInvalidText(out)) addRejection(sink, invalidText(e.row));
        else buffer += out;
      }
      if (++sink.read % 10000 === 0) onProgress?.(sink.read);
      if (buffer.length >= BATCH_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
  if (buffer) yield buffer;
}
