import { availableParallelism } from 'node:os';
import type { Database, Executor } from '../db/database.ts';
import { isUniqueViolation } from '../db/pg-error.ts';
import {
  drawRepository,
  type DrawRow,
  type DrawStatus,
  type ParticipantRow,
} from '../db/repositories/draw.repository.ts';
import { REVEAL_DEADLINE_MINUTES } from '../domain/task/ceremony.ts';
import { officerRepository } from '../db/repositories/officer.repository.ts';
import { planRepository } from '../db/repositories/plan.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import { computeDrawInThreads } from '../domain/draw/parallel-node.ts';
import { toHex } from '../domain/draw/encoding.ts';
import { canRead, requirePermission, requireReadable } from './access.ts';
import type { Actor } from './actor.ts';
import { hasRole } from './actor.ts';
import { recordAudit } from './audit.ts';
import { writeCheckpoint } from './log/checkpoint.service.ts';
import { loggedDigests } from './log/logged-digests.ts';
import { publicDataChanged } from './public-data.ts';
import { newSalts, phaseOne, rdrawPlan, systemWitness } from './draw/announce.ts';
import { exportBundle } from './draw/bundle-export.ts';
import { drawInput, frozenPools } from './draw/draw-input.ts';
import { currentState } from './draw/draw-state.ts';
import {
  currentView,
  drawDigests,
  drawListRow,
  drawSummary,
  mentionedEntities,
  participantView,
  replacementView,
} from './draw/draw-view.ts';
import { guardToConflict, requireStep, stateChanged } from './draw/draw-step.ts';
import { ConflictError, ForbiddenError, ValidationFailedError } from './errors.ts';
import { announceParticipants, registered, statementOf, type AnnounceInput } from './draw/participants.ts';

export type { AnnounceInput } from './draw/participants.ts';

/** Threads for the compute's two heavy loops (keyE, keyI); a small draw stays on this thread. */
const COMPUTE_THREADS = Math.min(4, availableParallelism());

export async function loadDraw(db: Executor, actor: Actor, id: string) {
  const row = await drawRepository.get(db, id);
  requireReadable(actor, '抽取', id, row?.unitPath);
  return row!;
}

export const drawService = {
  /** The draws the caller may read, newest first. */
  async list(db: Database, actor: Actor, filter: { readonly status?: DrawStatus; readonly taskId?: string }) {
    const rows = await drawRepository.list(db, filter);
    return rows.filter((r) => canRead(actor, r.unitPath)).map((r) => drawListRow(r.draw, r.task));
  },

  async get(db: Database, actor: Actor, id: string) {
    const { draw, task } = await loadDraw(db, actor, id);
    const participants = await drawRepository.participants(db, [id]);
    const replacements = await drawRepository.replacements(db, id);
    const state = draw.result
      ? await currentState(
          db,
          draw,
          replacements.map((r) => r.record),
        )
      : null;
    const ids = mentionedEntities(
      draw.result,
      replacements.map((r) => r.record),
    );
    const inspectors = draw.result ? await taskRepository.inspectors(db, task.id) : [];
    const signed = statementOf(draw);
    return {
      ...drawSummary(draw),
      taskId: task.id,
      taskCode: task.code,
      drawDate: task.drawDate,
      plan: draw.plan,
      digests: drawDigests(draw),
      poolSize: draw.poolSize,
      eligible: draw.eligible,
      statement: signed?.statement ?? null,
      statementDigest: draw.statementDigest,
      participants: participants.map(participantView),
      result: draw.result,
      current: currentView(state),
      names: {
        entities: Object.fromEntries(await taskRepository.entityNames(db, task.id, ids)),
        inspectors: Object.fromEntries(inspectors.map((i) => [i.badgeNumber, i.name])),
      },
      replacements: replacements.map(replacementView),
      computedAt: draw.computedAt?.toISOString() ?? null,
      revealedAt: draw.revealedAt?.toISOString() ?? null,
    };
  },

  /** Phase 1: pre-checks, digests, participants and the system's commitment (R-20.1, R-N.6, R-15.2). */
  async announce(db: Database, actor: Actor, taskId: string, input: AnnounceInput) {
    requirePermission(actor, 'draw.announce');
    const t = await taskRepository.get(db, taskId);
    requireReadable(actor, '抽查任务', taskId, t?.unitPath);
    const task = t!.task;
    const plan = (await planRepository.get(db, task.planId))!.plan;
    if (plan.status !== 'approved')
      throw new ConflictError('plan-not-approved', '计划未经批准，不能抽取（第十七条）');
    const poolUserIds = new Set(
      (await taskRepository.inspectors(db, taskId)).flatMap((i) => (i.userId ? [i.userId] : [])),
    );
    const { supervisor, witnesses, codes } = await announceParticipants(db, actor, input, poolUserIds);
    const suite = input.suite ?? 'RDRAW-2-SHA256';
    const attempt = (await drawRepository.attempts(db, taskId)) + 1;
    const drawId = `${task.code}-D${attempt}`;
    const labels = ['system', 'supervisor', ...witnesses.map((w) => w.witness)];
    const pools = await frozenPools(db, taskId);
    const planJson = rdrawPlan({ drawId, suite, task, plan, witnesses: labels }, pools);
    const salts = newSalts(suite, pools.pool);
    const prepared = phaseOne(planJson, pools, salts);
    const strataDigest = prepared.private ? toHex(prepared.private.digest) : null;
    const system = systemWitness(suite, drawId);
    const drawer = (await officerRepository.byIds(db, actor.userId ? [actor.userId] : []))[0];
    const id = await db
      .transaction(async (tx) => {
        const draw = await drawRepository.insert(tx, {
          drawId,
          taskId,
          attempt,
          suite,
          status: 'announced',
          plan: planJson,
          planDigest: prepared.digests.plan,
          poolDigest: prepared.digests.pool,
          inspectorDigest: prepared.digests.inspectors,
          salts: salts ?? null,
          strataDigest,
          poolSize: pools.pool.size,
          eligible: prepared.strata.reduce((s, x) => s + x.eligible, 0),
          createdBy: actor.userId,
        });
        await drawRepository.insertParticipants(tx, [
          {
            drawId: draw.id,
            role: 'drawer',
            witness: null,
            name: drawer?.displayName ?? actor.name,
            userId: actor.userId,
          },
          {
            drawId: draw.id,
            role: 'supervisor',
            witness: 'supervisor',
            name: supervisor.displayName,
            userId: supervisor.id,
          },
          {
            drawId: draw.id,
            role: 'system',
            witness: 'system',
            name: '系统',
            commit: system.commit,
            committedAt: new Date(),
            nonce: system.nonce,
          },
          ...witnesses.map((w) => ({ ...w, drawId: draw.id })),
        ]);
        // The salts stay private; their commitments are bound by the strata digest (DRAW.md §9).
        const published = {
          drawId,
          plan: planJson,
          digests: { ...prepared.digests, ...(strataDigest && { strata: strataDigest }) },
          witnesses: labels,
          systemCommit: system.commit,
        };
        await recordAudit(tx, actor, 'draw.announce', { type: 'draw', id: draw.id }, published);
        return draw.id;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new ConflictError('draw-in-progress', '该任务已有进行中或已确认的抽取');
        throw err;
      });
    publicDataChanged();
    return { draw: await this.get(db, actor, id), codes };
  },

  /** Phase 3 (DRAW.md §4–§6): the registered drawer computes; result and status in one transaction. */
  async compute(db: Database, actor: Actor, id: string) {
    const { draw } = await loadDraw(db, actor, id);
    const participants = await drawRepository.participants(db, [id]);
    registered(participants, actor, 'drawer');
    requireStep(draw.status, { type: 'compute' });
    const computed = await computeDrawInThreads(await drawInput(db, draw, participants), COMPUTE_THREADS);
    if (!computed.ok) {
      // The engine's refusal (understaffed …) follows from the fixed inputs, not from anyone's choice.
      const reason = `${computed.error.name}: ${computed.error.message}`;
      await markAborted(db, actor, draw, reason, draw.status, { refusal: computed.error.name });
      throw new ConflictError(computed.error.name, computed.error.message, computed.error.detail);
    }
    const { digests, result } = computed.draw;
    const publicDigest = digests.public ?? null;
    const signed = statementOf({ ...draw, seed: digests.seed, resultDigest: digests.result, publicDigest })!;
    const system = participants.find((p) => p.role === 'system')!;
    await db
      .transaction(async (tx) => {
        const patch = {
          status: 'computed' as const,
          seed: digests.seed,
          resultDigest: digests.result,
          publicDigest,
          result,
          statementDigest: signed.digest,
          computedAt: new Date(),
        };
        if (!(await drawRepository.transition(tx, id, 'revealed', patch))) throw stateChanged();
        await drawRepository.setSignature(tx, system.id, signed.digest);
        await recordAudit(
          tx,
          actor,
          'draw.compute',
          { type: 'draw', id },
          { drawId: draw.drawId, digests, statementDigest: signed.digest },
        );
      })
      .catch(guardToConflict);
    publicDataChanged();
    return this.get(db, actor, id);
  },

  /** confirmed only when the drawer, the supervisor and every witness have signed. */
  async confirm(db: Database, actor: Actor, id: string) {
    const { draw } = await loadDraw(db, actor, id);
    const participants = await drawRepository.participants(db, [id]);
    registered(participants, actor, 'drawer');
    requireStep(draw.status, { type: 'confirm', allSigned: participants.every((p) => p.signedAt !== null) });
    await db
      .transaction(async (tx) => {
        if (
          !(await drawRepository.transition(tx, id, 'computed', {
            status: 'confirmed',
            confirmedAt: new Date(),
          }))
        )
          throw stateChanged();
        await recordAudit(
          tx,
          actor,
          'draw.confirm',
          { type: 'draw', id },
          {
            drawId: draw.drawId,
            resultDigest: draw.resultDigest,
            statementDigest: draw.statementDigest,
            logged: await loggedDigests(tx, { draws: [id] }),
          },
        );
        await writeCheckpoint(tx);
      })
      .catch(guardToConflict);
    publicDataChanged();
    return this.get(db, actor, id);
  },

  /**
   * R-N.6: there is no re-draw. Before any reveal the drawer (or a leader) may abort; after one, only
   * the supervisor, naming a witness who has not revealed by the deadline; once every nonce is out,
   * never. The abort is kept, and public, with its reason; a new attempt needs a new draw id.
   */
  async abort(db: Database, actor: Actor, id: string, input: { reason: string; missingWitness?: string }) {
    const { draw } = await loadDraw(db, actor, id);
    const participants = await drawRepository.participants(db, [id]);
    const reason = input.reason.trim();
    if (!reason)
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写中止原因' }]);
    const anyRevealed = participants.some((p) => p.role !== 'system' && p.revealedAt !== null);
    const bySupervisor = participants.some(
      (p) => p.role === 'supervisor' && actor.userId !== null && p.userId === actor.userId,
    );
    requireStep(draw.status, { type: 'abort', anyRevealed, missedRevealConfirmed: bySupervisor });
    if (anyRevealed) missedReveal(participants, input.missingWitness);
    else if (!hasRole(actor, 'leader')) registered(participants, actor, 'drawer');
    const detail: Record<string, string | null> = anyRevealed
      ? { missingWitness: input.missingWitness ?? null }
      : {};
    await markAborted(db, actor, draw, reason, draw.status, detail);
    return this.get(db, actor, id);
  },

  /**
   * The full bundle (DRAW.md §9: it shows every entity's stratum) for entitled readers only: the
   * draw's unit and the levels above it, and auditors; never before confirmation. Each download is audited.
   */
  async bundle(db: Database, actor: Actor, id: string) {
    const { draw, unitPath } = await loadDraw(db, actor, id);
    if (!unitPath.startsWith(actor.unitPath) && !hasRole(actor, 'auditor')) throw new ForbiddenError();
    return downloadBundle(db, actor, draw);
  },

  async officers(db: Database, actor: Actor) {
    const view = (rows: { id: string; displayName: string; unitName: string; unitPath: string }[]) =>
      rows
        .filter((u) => canRead(actor, u.unitPath))
        .map((u) => ({ id: u.id, displayName: u.displayName, unitName: u.unitName }));
    return {
      drawers: view(await officerRepository.withRole(db, 'drawer')),
      supervisors: view(await officerRepository.withRole(db, 'supervisor')),
    };
  },
};

/** A named witness who has not revealed, with the reveal deadline passed (R-N.6, DRAW.md §3). */
function missedReveal(participants: readonly ParticipantRow[], witness: string | undefined): void {
  const missing = participants.find((p) => p.role !== 'system' && p.witness && p.witness === witness);
  if (!missing || missing.revealedAt)
    throw new ValidationFailedError([
      { field: 'missingWitness', code: 'not-missing', message: '请指明一位尚未公开随机数的见证方' },
    ]);
  const last = Math.max(...participants.map((p) => p.committedAt?.getTime() ?? 0));
  const deadline = new Date(last + REVEAL_DEADLINE_MINUTES * 60_000);
  if (Date.now() < deadline.getTime())
    throw new ConflictError(
      'reveal-deadline-open',
      `见证方公开随机数的期限（最后一个承诺后 ${REVEAL_DEADLINE_MINUTES} 分钟，至 ${deadline.toISOString()}）尚未届满，不能中止`,
      { deadline: deadline.toISOString() },
    );
}

async function markAborted(
  db: Database,
  actor: Actor,
  draw: DrawRow,
  reason: string,
  from: DrawStatus,
  detail: Record<string, string | null>,
): Promise<void> {
  await db
    .transaction(async (tx) => {
      const patch = { status: 'aborted' as const, abortReason: reason, abortedAt: new Date() };
      if (!(await drawRepository.transition(tx, draw.id, from, patch))) throw stateChanged();
      const audit = { drawId: draw.drawId, reason, from, ...detail };
      await recordAudit(tx, actor, 'draw.abort', { type: 'draw', id: draw.id }, audit);
    })
    .catch(guardToConflict);
  publicDataChanged();
}

/** A confirmed draw's full bundle, with the download in the audit log (who read the private strata). */
export async function downloadBundle(db: Database, actor: Actor, draw: DrawRow) {
  if (draw.status !== 'confirmed')
    throw new ConflictError('draw-not-confirmed', '抽取确认之后才能导出完整结果包（含各层盐值）');
  const bundle = await bundleOf(db, draw);
  await db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      'draw.bundle-download',
      { type: 'draw', id: draw.id },
      {
        drawId: draw.drawId,
        resultDigest: draw.resultDigest,
      },
    ),
  );
  return bundle;
}

export async function bundleOf(db: Database, draw: DrawRow) {
  if (!draw.result) throw new ConflictError('draw-not-computed', '抽取尚未计算出结果');
  const participants = await drawRepository.participants(db, [draw.id]);
  const replacements = (await drawRepository.replacements(db, draw.id)).map((r) => r.record);
  return exportBundle(draw, await frozenPools(db, draw.taskId), participants, replacements);
}
