import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '../db/database.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import {
  inspectionRepository,
  type NewInspectionRecord,
  type RecordFilter,
} from '../db/repositories/inspection.repository.ts';
import { checkInspectionRecord } from '../domain/inspection/inspection-record.ts';
import { unitService } from './unit.service.ts';
import { requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { SignatureInput } from './draw/statement-signature.ts';
import { acceptOfficerSignature, recordDigestOf } from './officer-signature.ts';
import { recordSignedText } from '../domain/inspection/personal-signature.ts';
import { today } from './clock.ts';
import { currentState } from './draw/draw-state.ts';
import { ConflictError, NotFoundError, ValidationFailedError } from './errors.ts';
import { checkedUpload, type FileUpload } from './inspection/file-upload.ts';
import { randomScope, scopeOfRecord, targetedScope } from './inspection/record-scope.ts';
import {
  checkDraft,
  contextOf,
  patchOf,
  sameVisitFields,
  type RecordCreateInput,
  type RecordDraftInput,
} from './inspection/record-draft.ts';
import {
  attachmentView,
  domainRecord,
  recordView,
  reviewStatusOf,
  signatureRef,
} from './inspection/record-view.ts';

export type { RecordCreateInput, RecordDraftInput } from './inspection/record-draft.ts';

async function load(db: Executor, actor: Actor, id: string) {
  const j = await inspectionRepository.get(db, id);
  requireReadable(actor, '检查登记表', id, j?.unitPath);
  return j!;
}

async function view(db: Executor, actor: Actor, id: string) {
  const j = await load(db, actor, id);
  const scope = await scopeOfRecord(db, actor, { ...j.record }, false);
  const files = await inspectionRepository.files(db, [id]);
  // Issue 10.4: what the submitting officer signs (and, once submitted, signed).
  return { ...recordView(j, files, scope), signingDigest: recordDigestOf(j.record, files) };
}

/** the inspection record (检查登记表) and its files. */
export const inspectionService = {
  async create(db: Database, actor: Actor, input: RecordCreateInput, now = new Date()) {
    requirePermission(actor, 'inspection.write');
    const scope =
      'targetedInspectionId' in input
        ? await targetedScope(db, actor, input)
        : await randomScope(db, actor, input);
    requireWritable(actor, '检查登记表', scope.entity.id, scope.unitPath);
    const key = {
      drawId: scope.drawId ?? undefined,
      targetedInspectionId: scope.targeted?.id,
      entityId: scope.entity.id,
      itemId: scope.item.id,
    };
    const existing = await inspectionRepository.existing(db, key);
    if (existing)
      throw new ConflictError('record-exists', '该检查对象和事项已有检查登记表', { id: existing });
    const id = randomUUID();
    const patch = { ...(await sameVisitFields(db, key, scope)), ...patchOf(input, scope) };
    const row: NewInspectionRecord & { id: string } = {
      id,
      unitId: scope.unitId,
      entityId: scope.entity.id,
      itemId: scope.item.id,
      itemVersion: scope.item.version,
      basis: scope.basis,
      drawId: scope.drawId,
      taskId: scope.taskId,
      targetedInspectionId: scope.targeted?.id ?? null,
      status: 'draft',
      methods: [],
      policeIdShown: false,
      inspectors: [],
      rows: [],
      party: null,
      checkedOn: null,
      responsibleBadgeNumber: null,
      createdBy: actor.userId,
      createdByName: actor.name,
      ...patch,
    };
    await checkDraft(db, id, { ...row, createdAt: now, updatedAt: now }, patch, scope, now);
    await db.transaction(async (tx) => {
      const stored = await inspectionRepository.insert(tx, row);
      await recordAudit(tx, actor, 'inspection.create', { type: 'inspection', id }, stored);
    });
    return view(db, actor, id);
  },

  async update(db: Database, actor: Actor, id: string, input: RecordDraftInput, now = new Date()) {
    requirePermission(actor, 'inspection.write');
    const j = await load(db, actor, id);
    requireWritable(actor, '检查登记表', id, j.unitPath);
    if (j.record.status !== 'draft')
      throw new ConflictError('record-submitted', '检查登记表已提交，不能修改');
    const scope = await scopeOfRecord(db, actor, j.record, false);
    const patch = patchOf(input, scope);
    await checkDraft(db, id, { ...j.record, ...patch }, patch, scope, now);
    await db.transaction(async (tx) => {
      if (!(await inspectionRepository.updateDraft(tx, id, patch)))
        throw new ConflictError('record-submitted', '检查登记表已提交，不能修改');
      await recordAudit(tx, actor, 'inspection.update', { type: 'inspection', id }, patch);
    });
    return view(db, actor, id);
  },

  /**
   * The full checks; a submitted record never changes (trigger). Issue 10.4:
   * signed by the submitting officer over `SS-RECORD-SIG-1\n` + the record's digest.
   */
  async submit(db: Database, actor: Actor, id: string, now = new Date(), signature?: SignatureInput) {
    requirePermission(actor, 'inspection.write');
    const j = await load(db, actor, id);
    requireWritable(actor, '检查登记表', id, j.unitPath);
    if (j.record.status !== 'draft') throw new ConflictError('record-submitted', '检查登记表已提交');
    const scope = await scopeOfRecord(db, actor, j.record);
    const files = await inspectionRepository.files(db, [id]);
    const checked = checkInspectionRecord(domainRecord(j.record, files, scope), contextOf(scope, now));
    if (!checked.ok) throw new ValidationFailedError(checked.problems);
    const digest = recordDigestOf(j.record, files);
    await db.transaction(async (tx) => {
      // The officer signed what was checked above: an edit or upload that landed since is refused, not signed over.
      if (!(await inspectionRepository.lockDraft(tx, id)))
        throw new ConflictError('record-submitted', '检查登记表已提交');
      const current = (await inspectionRepository.get(tx, id))!;
      if (recordDigestOf(current.record, await inspectionRepository.files(tx, [id])) !== digest)
        throw new ConflictError('record-changed', '检查登记表在提交时被修改，请刷新后重新核对并签名提交');
      const signed = await acceptOfficerSignature(tx, actor, signature, {
        text: recordSignedText(digest),
        digest,
        what: '检查登记表',
      });
      const patch = {
        status: 'submitted' as const,
        submittedBy: actor.userId,
        submittedByName: actor.name,
        submittedAt: now,
      };
      if (!(await inspectionRepository.updateDraft(tx, id, patch)))
        throw new ConflictError('record-submitted', '检查登记表已提交');
      await recordAudit(
        tx,
        actor,
        'inspection.submit',
        { type: 'inspection', id },
        {
          record: checked.value,
          files: files.map((f) => ({ id: f.id, purpose: f.purpose, sha256: f.sha256 })),
          recordDigest: digest,
          signature: signed,
        },
      );
    });
    return view(db, actor, id);
  },

  async get(db: Database, actor: Actor, id: string) {
    return view(db, actor, id);
  },

  async list(db: Database, actor: Actor, filter: RecordFilter, page: PageRequest) {
    const unitIds = await unitService.readableIds(db, actor);
    const { total, rows } = await inspectionRepository.page(db, { ...filter, unitIds }, page);
    return { total, page: page.page, pageSize: page.pageSize, rows: rows.map(summaryOf) };
  },

  /** Every entity of a confirmed draw's current state, its current team and its records. */
  async drawEntities(db: Database, actor: Actor, drawUuid: string) {
    const row = await drawRepository.get(db, drawUuid);
    requireReadable(actor, '抽取', drawUuid, row?.unitPath);
    const { draw, task } = row!;
    if (draw.status !== 'confirmed') return [];
    const state = await currentState(
      db,
      draw,
      (await drawRepository.replacements(db, draw.id)).map((r) => r.record),
    );
    const records = await inspectionRepository.byDraw(db, draw.id);
    const names = await drawEntityNames(db, task.id);
    return state.strata
      .flatMap((s) => s.selected)
      .map((publicId) => {
        const team =
          state.teams.find((t) => t.entity === publicId)?.pools.flatMap((p) => [...p.inspectors]) ?? [];
        const mine = records.filter((r) => r.entityPublicId === publicId);
        return {
          entity: {
            id: names.ids.get(publicId) ?? '',
            publicId,
            name: names.entities.get(publicId) ?? publicId,
          },
          team: team.map((b) => ({ badgeNumber: b, name: names.inspectors.get(b) ?? b })),
          records: mine.map((r) => ({
            id: r.record.id,
            itemId: r.record.itemId,
            status: r.record.status,
            review: reviewStatusOf(r.reviewStatus),
          })),
        };
      });
  },

  async addAttachment(db: Database, actor: Actor, id: string, upload: FileUpload) {
    return attachmentView(await addFile(db, actor, id, 'attachment', upload));
  },

  async addSignature(db: Database, actor: Actor, id: string, upload: FileUpload) {
    return signatureRef(await addFile(db, actor, id, 'signature', upload));
  },

  async file(db: Database, actor: Actor, id: string, fileId: string) {
    await load(db, actor, id);
    const f = await inspectionRepository.file(db, id, fileId);
    if (!f) throw new NotFoundError('附件', fileId);
    return { fileName: f.fileName, mime: f.mime, content: f.content };
  },
};

async function addFile(
  db: Database,
  actor: Actor,
  id: string,
  purpose: 'attachment' | 'signature',
  upload: FileUpload,
) {
  requirePermission(actor, 'inspection.write');
  const j = await load(db, actor, id);
  requireWritable(actor, '检查登记表', id, j.unitPath);
  if (j.record.status !== 'draft')
    throw new ConflictError('record-submitted', '检查登记表已提交，不能再添加附件或签名');
  const file = checkedUpload(purpose, upload);
  return db.transaction(async (tx) => {
    if (!(await inspectionRepository.lockDraft(tx, id)))
      throw new ConflictError('record-submitted', '检查登记表已提交，不能再添加附件或签名');
    const meta = await inspectionRepository.insertFile(tx, {
      recordId: id,
      uploadedBy: actor.userId,
      ...file,
    });
    await recordAudit(
      tx,
      actor,
      `inspection.${purpose}`,
      { type: 'inspection', id },
      {
        file: meta.id,
        kind: meta.kind,
        mime: meta.mime,
        size: meta.size,
        sha256: meta.sha256,
      },
    );
    return meta;
  });
}

async function drawEntityNames(db: Executor, taskId: string) {
  const pool = await taskRepository.poolPage(db, taskId, { exclusion: 0 }, { page: 1, pageSize: 100_000 });
  const inspectors = await taskRepository.inspectors(db, taskId);
  return {
    ids: new Map(pool.rows.map((r) => [r.publicId, r.entityId])),
    entities: new Map(pool.rows.map((r) => [r.publicId, r.name])),
    inspectors: new Map(inspectors.map((i) => [i.badgeNumber, i.name])),
  };
}

function summaryOf(r: Awaited<ReturnType<typeof inspectionRepository.get>> & object) {
  return {
    id: r.record.id,
    status: r.record.status,
    basis: r.record.basis,
    drawId: r.record.drawId,
    taskCode: r.taskCode,
    entity: { id: r.record.entityId, publicId: r.entityPublicId, name: r.entityName },
    item: { id: r.record.itemId, code: r.itemCode },
    checkedOn: r.record.checkedOn,
    review: {
      status: reviewStatusOf(r.reviewStatus),
      reportId: r.reportId,
      deadline: r.deadline,
      deadlineProvisional: r.deadlineProvisional ?? false,
      overdue: r.deadline !== null && r.publishedOn === null && today() > r.deadline,
    },
    updatedAt: r.record.updatedAt.toISOString(),
  };
}
