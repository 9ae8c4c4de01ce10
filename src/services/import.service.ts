import type { DatabaseHandle, Executor } from '../db/database.ts';
import { entityImportRepository } from '../db/repositories/entity-import.repository.ts';
import { inspectorImportRepository } from '../db/repositories/inspector-import.repository.ts';
import { importRepository } from '../db/repositories/import.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { pgTextArray } from '../db/repositories/csv-line.ts';
import type { EntityRow } from '../domain/directory/entity-row.ts';
import type { ImportRejection } from '../domain/directory/import-rejection.ts';
import type { InspectorRow } from '../domain/directory/inspector-row.ts';
import { DIRECTORY_EDITORS, requireRole, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { UnreadableFileError } from './errors.ts';
import { parseImport, type ImportEvent, type ImportKind, type ImportSummary } from './import/import-batch.ts';
import { SpreadsheetError } from './import/spreadsheet-error.ts';
import { today } from './clock.ts';

export interface ImportReport {
  readonly id: string;
  readonly fileName: string;
  readonly imported: number;
  readonly updated: number;
  readonly rejected: ImportRejection[];
}

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly unitId: string;
  readonly source: string | NodeJS.ReadableStream;
  readonly fileName: string;
  /** Called with the number of rows read so far (CLI progress bar). */
  readonly onProgress?: (rowsRead: number) => void;
}

type Row = readonly (string | null)[];

const entityColumns = (e: EntityRow): Row => [
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
];

const inspectorColumns = (row: number, i: InspectorRow): Row => [
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
];

async function* asEvents<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncGenerator<ImportEvent<T>> {
  let row = 1;
  for await (const value of rows) yield { kind: 'row', row: ++row, value };
}

/** Loads rows that were generated rather than read from a file (the demo data), through the same path. */
export async function loadDirectoryRows(
  handle: DatabaseHandle,
  actor: Actor,
  req:
    | { kind: 'entities'; unitId: string; label: string; rows: Iterable<EntityRow> }
    | { kind: 'inspectors'; unitId: string; label: string; rows: Iterable<InspectorRow> },
): Promise<ImportReport> {
  return req.kind === 'entities'
    ? run(handle, actor, { kind: 'entities', unitId: req.unitId, fileName: req.label }, asEvents(req.rows))
    : run(handle, actor, { kind: 'inspectors', unitId: req.unitId, fileName: req.label }, asEvents(req.rows));
}

/** Splits the parse events: rows go on to COPY, rejections and the summary are kept for the report. */
async function* rowsOf<T>(
  events: AsyncIterable<ImportEvent<T>>,
  sink: { rejected: ImportRejection[]; summary: ImportSummary | null },
  toRow: (row: number, value: T) => Row | ImportRejection,
  onProgress: ((n: number) => void) | undefined,
): AsyncGenerator<Row> {
  let read = 0;
  try {
    for await (const e of events) {
      if (e.kind === 'summary') sink.summary = e.summary;
      else if (e.kind === 'rejected') sink.rejected.push(e.rejection);
      else {
        const out = toRow(e.row, e.value);
        if (Array.isArray(out)) yield out as Row;
        else sink.rejected.push(out as ImportRejection);
      }
      if (++read % 10000 === 0) onProgress?.(read);
    }
  } catch (err) {
    if (err instanceof SpreadsheetError) throw new UnreadableFileError(err.code, err.message);
    throw err;
  }
}

async function knownItemCodes(db: Executor): Promise<Set<string>> {
  const rows = await itemRepository.list(db, undefined);
  return new Set(rows.map((r) => r.item.code));
}

type Meta = {
  readonly kind: ImportKind;
  readonly unitId: string;
  readonly fileName: string;
  readonly onProgress?: (n: number) => void;
};

/**
 * Imports a directory file: streaming, idempotent (upsert by code), one report with
 * every rejected row while good rows are kept. One audit event per import carries the file's SHA-256.
 */
export async function importDirectory(
  handle: DatabaseHandle,
  actor: Actor,
  req: ImportRequest,
): Promise<ImportReport> {
  const opts = { fileName: req.fileName, today: today() };
  return req.kind === 'entities'
    ? run(handle, actor, req, parseImport(req.source, 'entities', opts))
    : run(handle, actor, req, parseImport(req.source, 'inspectors', opts));
}

async function run(
  handle: DatabaseHandle,
  actor: Actor,
  meta: Meta,
  events: AsyncIterable<ImportEvent<EntityRow>> | AsyncIterable<ImportEvent<InspectorRow>>,
): Promise<ImportReport> {
  requireRole(actor, ...DIRECTORY_EDITORS);
  requireWritable(actor, '单位', meta.unitId, (await unitRepository.get(handle.db, meta.unitId))?.path);
  const sink: { rejected: ImportRejection[]; summary: ImportSummary | null } = {
    rejected: [],
    summary: null,
  };
  const finish = async (
    tx: Executor,
    counts: { imported: number; updated: number },
    extra: ImportRejection[],
  ) => {
    const summary = sink.summary;
    if (summary?.fileError) throw new UnreadableFileError(summary.fileError.code, summary.fileError.message);
    const rejected = [...sink.rejected, ...extra].sort((a, b) => a.row - b.row);
    const record = await importRepository.insert(tx, {
      unitId: meta.unitId,
      kind: meta.kind,
      fileName: meta.fileName,
      fileSha256: summary?.fileSha256 ?? '',
      ...counts,
      rejected,
      actorId: actor.userId,
    });
    const audited = {
      kind: meta.kind,
      fileName: meta.fileName,
      fileSha256: record.fileSha256,
      ...counts,
      rejected: rejected.length,
    };
    await recordAudit(tx, actor, `import.${meta.kind}`, { type: 'import', id: record.id }, audited);
    return { id: record.id, fileName: meta.fileName, ...counts, rejected };
  };
  if (meta.kind === 'entities') {
    const rows = rowsOf(
      events as AsyncIterable<ImportEvent<EntityRow>>,
      sink,
      (_r, e) => entityColumns(e),
      meta.onProgress,
    );
    return entityImportRepository.load(handle, meta.unitId, rows, (tx, counts) => finish(tx, counts, []));
  }
  const items = await knownItemCodes(handle.db);
  const toRow = (row: number, i: InspectorRow): Row | ImportRejection => {
    const unknown = i.qualifiedItems.filter((c) => !items.has(c));
    if (unknown.length === 0) return inspectorColumns(row, i);
    return {
      row,
      column: '执法范围',
      code: 'item-unknown',
      message: `抽查事项编码不存在：${unknown.join('、')}`,
    };
  };
  const rows = rowsOf(events as AsyncIterable<ImportEvent<InspectorRow>>, sink, toRow, meta.onProgress);
  return inspectorImportRepository.load(handle, meta.unitId, rows, (tx, counts, foreign) =>
    finish(
      tx,
      counts,
      foreign.map((f) => ({
        row: f.line,
        column: '警号',
        code: 'badge-in-other-unit',
        message: `警号 ${f.badge} 已属于其他单位的名录库，本行未导入`,
      })),
    ),
  );
}
