import { isUniqueViolation } from '../db/pg-error.ts';
import type { DatabaseHandle, Executor } from '../db/database.ts';
import { entityImportRepository } from '../db/repositories/entity-import.repository.ts';
import { inspectorImportRepository } from '../db/repositories/inspector-import.repository.ts';
import { importRepository } from '../db/repositories/import.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import type { MergeCounts } from '../db/repositories/staging.ts';
import type { EntityRow } from '../domain/directory/entity-row.ts';
import type { ImportRejection } from '../domain/directory/import-rejection.ts';
import type { InspectorRow } from '../domain/directory/inspector-row.ts';
import { requirePermission, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, UnreadableFileError } from './errors.ts';
import {
  copyBatches,
  inspectorLine,
  MAX_LISTED_REJECTIONS,
  newSink,
  type ParseSink,
} from './import/copy-lines.ts';
import { entityCopyBatches } from './import/entity-copy.ts';
import type { ImportEvent, ImportKind } from './import/import-batch.ts';
import { parseInWorker } from './import/parse-in-worker.ts';
import { today } from './clock.ts';
import { dataKeys } from './personal-data/data-keys.ts';
import { refuseImportDuringRotation } from './personal-data/entity-personal-data.ts';

export interface ImportReport {
  readonly id: string;
  readonly fileName: string;
  readonly imported: number;
  /** Rows already in the directory whose values the file changed. */
  readonly updated: number;
  /** Rows already in the directory exactly as the file has them: left alone. */
  readonly unchanged: number;
  /** The first MAX_LISTED_REJECTIONS rejections, by row. */
  readonly rejected: ImportRejection[];
  /** All rejections, listed or not. */
  readonly rejectedCount: number;
}

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly unitId: string;
  readonly source: string | NodeJS.ReadableStream;
  readonly fileName: string;
  /** Called with the number of rows read so far (CLI progress bar). */
  readonly onProgress?: (rowsRead: number) => void;
}

async function* asEvents<T>(rows: Iterable<T>): AsyncGenerator<ImportEvent<T>[]> {
  let batch: ImportEvent<T>[] = [];
  let row = 1;
  for (const value of rows) {
    batch.push({ kind: 'row', row: ++row, value });
    if (batch.length < 1000) continue;
    yield batch;
    batch = [];
  }
  yield batch;
}

/** Loads rows that were generated rather than read from a file (the demo data), through the same path. */
export async function loadDirectoryRows(
  handle: DatabaseHandle,
  actor: Actor,
  req:
    | { kind: 'entities'; unitId: string; label: string; rows: Iterable<EntityRow> }
    | { kind: 'inspectors'; unitId: string; label: string; rows: Iterable<InspectorRow> },
): Promise<ImportReport> {
  const sink = newSink();
  const meta = { kind: req.kind, unitId: req.unitId, fileName: req.label };
  if (req.kind === 'entities')
    return run(handle, actor, meta, sink, async (importId) =>
      entityCopyBatches(asEvents(req.rows), sink, {
        unitId: req.unitId,
        importId,
        today: today(),
        dataKey: dataKeys().current,
      }),
    );
  return run(handle, actor, meta, sink, async () =>
    copyBatches(asEvents(req.rows), inspectorLine(await knownItemCodes(handle.db)), sink),
  );
}

async function knownItemCodes(db: Executor): Promise<Set<string>> {
  const rows = await itemRepository.list(db, undefined);
  return new Set(rows.map((r) => r.item.code));
}

/**
 * PGlite runs no autovacuum: after a large import the planner would go on taking the directory for
 * the small table it was (nested loops over 100,000 rows when a pool is frozen). ANALYZE samples a
 * fixed number of rows, so it costs well under a second even at a million.
 */
const FRESH_STATISTICS_ROWS = 1000;

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
  const sink = newSink();
  return run(handle, actor, req, sink, async (importId) => {
    // The worker checks inspectors' qualified items against the item list.
    const itemCodes = req.kind === 'inspectors' ? [...(await knownItemCodes(handle.db))] : [];
    const init = {
      kind: req.kind,
      fileName: req.fileName,
      today: today(),
      knownItemCodes: itemCodes,
      unitId: req.unitId,
      importId,
      dataKey: dataKeys().current,
    };
    return parseInWorker(req.source, init, sink, req.onProgress);
  }).catch((err: unknown) => {
    // New rows are plain inserts: a second import of the same codes at the same moment loses.
    if (isUniqueViolation(err)) {
      throw new ConflictError(
        'concurrent-import',
        '同一名录库正有另一次导入在进行，本次未导入任何数据，请稍后重试',
      );
    }
    throw err;
  });
}

async function run(
  handle: DatabaseHandle,
  actor: Actor,
  meta: Meta,
  sink: ParseSink,
  copyData: (importId: string) => Promise<AsyncIterable<string>>,
): Promise<ImportReport> {
  requirePermission(actor, 'directory.edit');
  requireWritable(actor, '单位', meta.unitId, (await unitRepository.get(handle.db, meta.unitId))?.path);
  if (meta.kind === 'entities') await refuseImportDuringRotation(handle.db);
  // Known before the parse, so the rows it adds or changes can name it (an entity's history shows it).
  const importId = crypto.randomUUID();
  const csv = await copyData(importId);
  const finish = async (tx: Executor, counts: MergeCounts, extra: ImportRejection[]) => {
    const summary = sink.summary;
    if (summary?.fileError) throw new UnreadableFileError(summary.fileError.code, summary.fileError.message);
    const rejected = [...sink.rejected, ...extra]
      .sort((a, b) => a.row - b.row)
      .slice(0, MAX_LISTED_REJECTIONS);
    const rejectedCount = sink.rejectedCount + extra.length;
    const record = await importRepository.insert(tx, {
      id: importId,
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
      rejected: rejectedCount,
    };
    await recordAudit(tx, actor, `import.${meta.kind}`, { type: 'import', id: record.id }, audited);
    return { id: record.id, fileName: meta.fileName, ...counts, rejected, rejectedCount };
  };
  const report = await (meta.kind === 'entities'
    ? entityImportRepository.load(handle, meta.unitId, importId, csv, (tx, counts) => finish(tx, counts, []))
    : inspectorImportRepository.load(handle, meta.unitId, importId, csv, (tx, counts, foreign) =>
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
      ));
  if (report.imported + report.updated >= FRESH_STATISTICS_ROWS)
    await importRepository.refreshStatistics(handle.db, meta.kind);
  return report;
}
