import { decodeBase64Strictly } from '../domain/validation/base64.ts';
import { createHash } from 'node:crypto';
import type { Database, Executor } from '../db/database.ts';
import { drawRepository, type DrawRow } from '../db/repositories/draw.repository.ts';
import { replacementRepository, type ApplicationRow } from '../db/repositories/replacement.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import { canonicalJson } from '../domain/draw/jcs.ts';
import { toHex, utf8 } from '../domain/draw/encoding.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import {
  applyReplacement,
  nextEntityReserve,
  nextInspectorReserve,
  readReplacement,
  type ReplacementState,
} from '../domain/draw/replacements.ts';
import { conflictIndex } from '../domain/draw/teams.ts';
import type { JsonObject } from '../domain/draw/types.ts';
import { canRead, requireNotAuthor, requirePermission, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { publicDataChanged } from './public-data.ts';
import { currentState } from './draw/draw-state.ts';
import { loadDraw } from './draw.service.ts';
import { ConflictError, NotFoundError, ValidationFailedError } from './errors.ts';

export const MAX_EVIDENCE_FILES = 5;
export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;

export interface ApplicationInput {
  readonly kind: 'entity' | 'inspector';
  readonly out: string;
  readonly entity?: string;
  readonly pool?: string;
  readonly reason: string;
  readonly evidence: readonly { fileName: string; contentBase64: string }[];
}

/** Where the change applies and what the replacement list gives next. */
async function target(
  db: Executor,
  draw: DrawRow,
  state: ReplacementState,
  a: Pick<ApplicationInput, 'kind' | 'out' | 'entity' | 'pool'>,
) {
  if (a.kind === 'entity') {
    const stratum = state.strata.find((s) => s.selected.includes(a.out));
    if (!stratum) throw new ConflictError('not-selected', `${a.out} 不是本次抽取的在选检查对象`);
    return { stratum: stratum.stratum, next: nextEntityReserve(state, stratum.stratum) };
  }
  const team = state.teams.find((t) => t.entity === a.entity);
  const pool = team?.pools.find((p) => p.pool === a.pool && p.inspectors.includes(a.out));
  if (!team || !pool)
    throw new ConflictError('not-selected', `${a.out} 不是检查对象 ${a.entity ?? ''} 的在组检查人员`);
  const barred = conflictIndex(await taskRepository.conflicts(db, draw.taskId));
  return { stratum: null, next: nextInspectorReserve(state, team.entity, pool.pool, barred) };
}

const exhausted = () =>
  new ConflictError('replacement-list-exhausted', '递补名单已用完，无法递补（第十九条）');

function decodeEvidence(files: ApplicationInput['evidence']) {
  if (files.length === 0 || files.length > MAX_EVIDENCE_FILES) {
    throw new ValidationFailedError([
      { field: 'evidence', code: 'evidence-required', message: `请附 1 至 ${MAX_EVIDENCE_FILES} 份证明材料` },
    ]);
  }
  return files.map((f, index) => {
    const content = decodeBase64Strictly(f.contentBase64);
    if (content === null)
      throw new ValidationFailedError([
        {
          field: `evidence[${index}]`,
          code: 'evidence-not-base64',
          message: `证明材料 ${f.fileName} 的内容不是有效的 base64 编码，请重新上传`,
        },
      ]);
    if (content.length === 0 || content.length > MAX_EVIDENCE_BYTES) {
      throw new ValidationFailedError([
        {
          field: `evidence[${index}]`,
          code: 'evidence-size',
          message: `证明材料 ${f.fileName} 须为 1 字节至 2 MiB`,
        },
      ]);
    }
    return {
      index,
      fileName: f.fileName.slice(0, 200),
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
  });
}

async function view(db: Executor, a: ApplicationRow) {
  return {
    id: a.id,
    drawId: a.drawId,
    kind: a.kind,
    out: a.out,
    entity: a.entity,
    pool: a.pool,
    stratum: a.stratum,
    reason: a.reason,
    evidence: await replacementRepository.evidenceList(db, a.id),
    status: a.status,
    applicant: a.applicantName,
    appliedAt: a.createdAt.toISOString(),
    approver: a.approverName,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    note: a.note,
  };
}

async function loadApplication(db: Database, actor: Actor, id: string) {
  const app = await replacementRepository.get(db, id);
  if (!app) throw new NotFoundError('变更申请', id);
  const row = await loadDraw(db, actor, app.drawId);
  return { app, ...row };
}

/** The bundle entry of DRAW.md §6 with the approval and the leader's signature over its core. */
function record(draw: DrawRow, app: ApplicationRow, incoming: string, actor: Actor, at: Date): JsonObject {
  const where: JsonObject =
    app.kind === 'entity'
      ? { stratum: app.stratum ?? '' }
      : { entity: app.entity ?? '', pool: app.pool ?? '' };
  const core: JsonObject = {
    kind: app.kind,
    ...where,
    out: app.out,
    in: incoming,
    reason: app.reason,
    application: app.id,
    time: at.toISOString(),
  };
  const digest = toHex(nodeHasher(draw.suite).hash(utf8(canonicalJson(core))));
  return {
    ...core,
    approval: { role: 'leader', at: at.toISOString() },
    signatures: [{ role: 'leader', statementDigest: digest, signedAt: at.toISOString() }],
  };
}

export const replacementService = {
  async list(db: Database, actor: Actor, drawUuid: string) {
    await loadDraw(db, actor, drawUuid);
    return Promise.all((await replacementRepository.byDraw(db, drawUuid)).map((a) => view(db, a)));
  },

  /** The applications of every draw the caller may read, newest first. */
  async listAll(
    db: Database,
    actor: Actor,
    filter: { status?: ApplicationRow['status']; unitId?: string; year?: number } = {},
  ) {
    const rows = (await replacementRepository.list(db, filter)).filter((r) => canRead(actor, r.unitPath));
    return Promise.all(rows.map((r) => view(db, r.app)));
  },

  /** a written application with its reason and evidence; nothing changes until a leader approves. */
  async apply(db: Database, actor: Actor, drawUuid: string, input: ApplicationInput) {
    requirePermission(actor, 'replacement.apply');
    const { draw, unitPath } = await loadDraw(db, actor, drawUuid);
    requireWritable(actor, '抽取', drawUuid, unitPath);
    if (draw.status !== 'confirmed')
      throw new ConflictError('draw-not-confirmed', '只有已确认的抽取才能申请变更');
    if (!input.reason.trim())
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写变更理由' }]);
    const files = decodeEvidence(input.evidence);
    // One pending application per member replaced: a second would fail only at its approval.
    const pending = (await replacementRepository.byDraw(db, drawUuid)).find(
      (a) =>
        a.status === 'pending' &&
        a.kind === input.kind &&
        a.out === input.out &&
        (input.kind === 'entity' || (a.entity === (input.entity ?? null) && a.pool === (input.pool ?? null))),
    );
    if (pending)
      throw new ConflictError(
        'application-pending',
        '该对象已有一份待审批的变更申请，请等待审批结果后再申请',
      );
    const state = await currentState(
      db,
      draw,
      (await drawRepository.replacements(db, drawUuid)).map((r) => r.record),
    );
    const { stratum, next } = await target(db, draw, state, input);
    if (next === undefined) throw exhausted();
    const app = await db.transaction(async (tx) => {
      const row = await replacementRepository.insert(
        tx,
        {
          drawId: drawUuid,
          kind: input.kind,
          out: input.out,
          stratum,
          entity: input.entity ?? null,
          pool: input.pool ?? null,
          reason: input.reason.trim(),
          applicantId: actor.userId,
          applicantName: actor.name,
        },
        files,
      );
      await recordAudit(
        tx,
        actor,
        'draw.change-apply',
        { type: 'draw', id: drawUuid },
        { application: row.id, kind: input.kind, out: input.out, evidence: files.map((f) => f.sha256) },
      );
      return row;
    });
    return view(db, app);
  },

  /** The leader approves: the next unused replacement comes in, as its own signed event. */
  async approve(db: Database, actor: Actor, id: string, note: string) {
    requirePermission(actor, 'replacement.decide');
    const { app, draw, unitPath } = await loadApplication(db, actor, id);
    requireWritable(actor, '抽取', draw.id, unitPath);
    requireNotAuthor(actor, app.applicantId, '不能审批自己提出的变更申请');
    if (app.status !== 'pending') throw new ConflictError('application-decided', '该申请已处理');
    const result = await db.transaction(async (tx) => {
      await drawRepository.lock(tx, draw.id);
      const stored = await drawRepository.replacements(tx, draw.id);
      const state = await currentState(
        tx,
        draw,
        stored.map((r) => r.record),
      );
      const { next } = await target(tx, draw, state, {
        kind: app.kind,
        out: app.out,
        entity: app.entity ?? undefined,
        pool: app.pool ?? undefined,
      });
      if (next === undefined) throw exhausted();
      const entry = record(draw, app, next, actor, new Date());
      const checked = applyReplacement(
        state,
        readReplacement(entry)!,
        conflictIndex(await taskRepository.conflicts(tx, draw.taskId)),
        stored.length,
      );
      if (!checked.ok) throw new Error(checked.error.message);
      const digest = toHex(nodeHasher(draw.suite).hash(utf8(canonicalJson(entry))));
      await drawRepository.insertReplacement(tx, {
        drawId: draw.id,
        seq: stored.length + 1,
        applicationId: app.id,
        record: entry,
        digest,
      });
      if (
        !(await replacementRepository.decide(tx, id, {
          status: 'approved',
          approverId: actor.userId,
          approverName: actor.name,
          note: note.trim() || null,
        }))
      ) {
        throw new ConflictError('application-decided', '该申请已处理');
      }
      await recordAudit(
        tx,
        actor,
        'draw.change-approve',
        { type: 'draw', id: draw.id },
        { application: id, replacement: entry, digest },
      );
      const view: JsonObject & { seq: number; digest: string } = { ...entry, seq: stored.length + 1, digest };
      return view;
    });
    publicDataChanged();
    return { application: await view(db, (await replacementRepository.get(db, id))!), replacement: result };
  },

  async reject(db: Database, actor: Actor, id: string, note: string) {
    requirePermission(actor, 'replacement.decide');
    const { app, draw, unitPath } = await loadApplication(db, actor, id);
    requireWritable(actor, '抽取', draw.id, unitPath);
    requireNotAuthor(actor, app.applicantId, '不能审批自己提出的变更申请');
    await db.transaction(async (tx) => {
      if (
        !(await replacementRepository.decide(tx, id, {
          status: 'rejected',
          approverId: actor.userId,
          approverName: actor.name,
          note: note.trim() || null,
        }))
      ) {
        throw new ConflictError('application-decided', '该申请已处理');
      }
      await recordAudit(
        tx,
        actor,
        'draw.change-reject',
        { type: 'draw', id: draw.id },
        { application: app.id, note },
      );
    });
    return view(db, (await replacementRepository.get(db, id))!);
  },

  async evidence(db: Database, actor: Actor, id: string, index: number) {
    await loadApplication(db, actor, id);
    const file = await replacementRepository.evidence(db, id, index);
    if (!file) throw new NotFoundError('证明材料', `${id}/${index}`);
    return { fileName: file.fileName, content: file.content };
  },
};
