import { csvLine, pgTextArray } from '../../db/repositories/csv-line.ts';
import type { EntityRow } from '../../domain/directory/entity-row.ts';
import { entityKey } from '../../domain/directory/entity-row.ts';
import type { DataKey } from '../../domain/privacy/data-key.ts';
import { sealEntityFields } from '../../domain/privacy/entity-seal.ts';
import { isInvalidText } from '../../domain/validation/text-check.ts';
import { addRejection, BATCH_CHARS, invalidText, type ParseSink } from './copy-lines.ts';
import type { ImportEvent } from './import-batch.ts';
import { personPublicIds, timeOrderedIds } from './time-ordered-id.ts';

/** The directory and the import the rows are written for (constant columns of every line). */
export interface EntityCopyTarget {
  readonly unitId: string;
  readonly importId: string;
  /** YYYY-MM-DD: the deregistration date of a row the file marks deregistered. */
  readonly today: string;
  /** Seals ID numbers and phones in the parse (the worker gets it through workerData; it is never logged). */
  readonly dataKey: DataKey;
}

export const DEREGISTERED_BY_IMPORT = '登记数据导入：注销';

// Rows sorted by code in windows of up to this many: each window's inserts sweep the code indexes once
// in order (1M rows into a table shaped like `entities`: 12.5–13.4 s server CPU unsorted, 11.0 s sorted
// in windows of 65,536, 8.1–10.1 s sorted whole — which would hold the whole file in memory). The
// first windows are small, so the COPY starts soon after the parse does.
const WINDOW_ROWS = 65_536;
const FIRST_WINDOW_ROWS = 4096;

interface Pending {
  readonly code: string;
  readonly person: boolean;
  /** The line from `kind` on (ENTITY_STAGE_COLUMNS after the four ids). */
  readonly rest: string;
}

function restOf(e: EntityRow, target: EntityCopyTarget): { code: string; rest: string } {
  const deregistered = e.status === 'deregistered';
  const sealed =
    e.kind === 'person' || e.contactPhone
      ? sealEntityFields(target.dataKey, {
          unitId: target.unitId,
          kind: e.kind,
          code: entityKey(e),
          contactPhone: e.contactPhone,
        })
      : null;
  const code = sealed?.code ?? entityKey(e);
  const rest = csvLine([
    e.kind,
    code,
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
    deregistered ? target.today : null,
    deregistered ? DEREGISTERED_BY_IMPORT : null,
    sealed?.idNumberEnc ?? null,
    sealed?.idNumberMasked ?? null,
    sealed?.contactPhoneEnc ?? null,
    sealed?.contactPhoneHash ?? null,
    sealed?.contactPhoneMasked ?? null,
  ]);
  return { code, rest };
}

const byCode = (a: Pending, b: Pending) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * COPY lines for `entities` (columns ENTITY_STAGE_COLUMNS): each accepted row with a time-ordered id and
 * its public number, in windows sorted by code; rejections, the summary and the rows read go to `sink`.
 */
export async function* entityCopyBatches(
  events: AsyncIterable<readonly ImportEvent<EntityRow>[]>,
  sink: ParseSink,
  target: EntityCopyTarget,
  onProgress?: (rowsRead: number) => void,
): AsyncGenerator<string, void, undefined> {
  const nextId = timeOrderedIds();
  const ids = `,${target.unitId},${target.importId},`;
  let window: Pending[] = [];
  let limit = FIRST_WINDOW_ROWS;
  const lines = function* (): Generator<string, void, undefined> {
    window.sort(byCode);
    const publicIds = personPublicIds(window.reduce((n, p) => n + (p.person ? 1 : 0), 0));
    let buffer = '';
    for (const p of window) {
      buffer += `${nextId()},${p.person ? publicIds.pop() : p.code}${ids}${p.rest}`;
      if (buffer.length < BATCH_CHARS) continue;
      yield buffer;
      buffer = '';
    }
    window = [];
    if (buffer) yield buffer;
  };
  for await (const batch of events) {
    for (const e of batch) {
      if (e.kind === 'summary') sink.summary = e.summary;
      else if (e.kind === 'rejected') addRejection(sink, e.rejection);
      else {
        const { code, rest } = restOf(e.value, target);
        if (isInvalidText(rest)) addRejection(sink, invalidText(e.row));
        else window.push({ code, person: e.value.kind === 'person', rest });
      }
      if (++sink.read % 10000 === 0) onProgress?.(sink.read);
    }
    if (window.length < limit) continue;
    yield* lines();
    limit = Math.min(2 * limit, WINDOW_ROWS);
  }
  yield* lines();
}
