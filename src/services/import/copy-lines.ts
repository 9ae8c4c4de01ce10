import { csvLine, pgTextArray } from '../../db/repositories/csv-line.ts';
import type { EntityRow } from '../../domain/directory/entity-row.ts';
import type { ImportRejection } from '../../domain/directory/import-rejection.ts';
import type { InspectorRow } from '../../domain/directory/inspector-row.ts';
import type { ImportEvent, ImportSummary } from './import-batch.ts';

/** Turns one parsed row into a COPY line for the staging table, or a rejection. */
export type ToCopyLine<T> = (row: number, value: T) => string | ImportRejection;

/** What the parse leaves beside the COPY data: rejections, the summary and the rows read so far. */
export interface ParseSink {
  readonly rejected: ImportRejection[];
  summary: ImportSummary | null;
  read: number;
}

// COPY data goes out in strings of about this many characters (one postMessage or one stream write).
const BATCH_CHARS = 1024 * 1024;

export const entityLine: ToCopyLine<EntityRow> = (_row, e) =>
  csvLine([
    e.kind,
    e.creditCode ?? e.idNumber,
    e.name,
    e.registrationAuthority,
    e.legalRepresentative,
    e.address,
    e.licenceNumber,
    e.licenceValidUntil,
    e.regionCode,
    e.industry,
    e.riskClass,
    pgTextArray(e.riskFlags),
    e.status,
  ]);

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
  events: AsyncIterable<ImportEvent<T>>,
  toLine: ToCopyLine<T>,
  sink: ParseSink,
  onProgress?: (rowsRead: number) => void,
): AsyncGenerator<string, void, undefined> {
  let buffer = '';
  for await (const e of events) {
    if (e.kind === 'summary') sink.summary = e.summary;
    else if (e.kind === 'rejected') sink.rejected.push(e.rejection);
    else {
      const out = toLine(e.row, e.value);
      if (typeof out === 'string') buffer += out;
      else sink.rejected.push(out);
    }
    if (++sink.read % 10000 === 0) onProgress?.(sink.read);
    if (buffer.length >= BATCH_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
