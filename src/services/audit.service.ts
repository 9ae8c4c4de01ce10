import type { Database, Executor } from '../db/database.ts';
import { auditRepository, type AuditEventRow } from '../db/repositories/audit.repository.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { offsetOf } from '../db/repositories/directory-filter.ts';
import { requirePermission } from './access.ts';
import type { Actor } from './actor.ts';
import { unitService } from './unit.service.ts';

export interface AuditEventView {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly unitId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly digest: string;
  /** For an import: the file it read (its name and SHA-256), so a history can point to it. */
  readonly file?: { readonly name: string; readonly sha256: string };
}

function importedFile(e: AuditEventRow): AuditEventView['file'] {
  const data = e.data as { fileName?: unknown; fileSha256?: unknown };
  return e.objectType === 'import' && typeof data.fileName === 'string' && typeof data.fileSha256 === 'string'
    ? { name: data.fileName, sha256: data.fileSha256 }
    : undefined;
}

/** The event without its stored state: that may hold personal data. */
export const auditView = (e: AuditEventRow): AuditEventView => ({
  seq: e.seq,
  at: e.at.toISOString(),
  actorId: e.actorId,
  actorName: e.actorName,
  unitId: e.unitId,
  action: e.action,
  objectType: e.objectType,
  objectId: e.objectId,
  digest: e.digest,
  ...(importedFile(e) ? { file: importedFile(e) } : {}),
});

/**
 * An object's own events, newest first, with the events of the import that added it and of the last
 * import that changed it (imports are audited once per file, naming the file and its SHA-256).
 */
export async function historyOf(
  db: Executor,
  object: { readonly type: string; readonly id: string },
  imports: readonly (string | null)[],
): Promise<AuditEventView[]> {
  const own = await auditRepository.list(
    db,
    { objectType: object.type, objectId: object.id },
    { offset: 0, limit: 100 },
  );
  const ids = [...new Set(imports)].filter((x): x is string => x !== null);
  const files = await Promise.all(
    ids.map((objectId) =>
      auditRepository.list(db, { objectType: 'import', objectId }, { offset: 0, limit: 1 }),
    ),
  );
  return [...own.rows, ...files.flatMap((f) => f.rows)].sort((a, b) => b.seq - a.seq).map(auditView);
}

export const auditService = {
  async list(
    db: Database,
    actor: Actor,
    filter: { objectType?: string; objectId?: string },
    page: PageRequest,
  ) {
    requirePermission(actor, 'audit.read');
    // Who did what is read downwards only: a department does not read its superiors' (or through
    // them its sibling departments') operations — unlike directories, which are shared up and down.
    const unitIds = await unitService.subtreeIds(db, actor);
    const { total, rows } = await auditRepository.list(
      db,
      { ...filter, unitIds },
      { offset: offsetOf(page), limit: page.pageSize },
    );
    return { total, rows: rows.map(auditView) };
  },
};
