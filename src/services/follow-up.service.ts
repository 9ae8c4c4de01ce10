import type { Database } from '../db/database.ts';
import { inspectionReportRepository } from '../db/repositories/inspection-report.repository.ts';
import { advanceFollowUp, type FollowUpEvent } from '../domain/inspection/follow-up.ts';
import { canRead, requirePermission, requireReadable, requireWritable } from './access.ts';
import { today } from './clock.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { loggedDigests } from './log/logged-digests.ts';
import { ConflictError, NotFoundError, ValidationFailedError } from './errors.ts';
import { actorKey, domainFollowUp, followUpView } from './inspection/report-view.ts';
import { publicDataChanged } from './public-data.ts';

/** R-N.11: follow-ups of findings, tracked open → in-progress → closed. */
export const followUpService = {
  async list(db: Database, actor: Actor, filter: { state?: string; entityId?: string }) {
    return (await inspectionReportRepository.followUps(db, filter))
      .filter((r) => canRead(actor, r.unitPath))
      .map((r) => followUpView(r.followUp, { publicId: r.entityPublicId, name: r.entityName }));
  },

  async advance(
    db: Database,
    actor: Actor,
    id: string,
    step: { type: 'start'; on: string } | { type: 'close'; on: string; note: string },
    now = new Date(),
  ) {
    requirePermission(actor, 'follow-up.advance');
    const row = await inspectionReportRepository.followUp(db, id);
    if (!row) throw new NotFoundError('后续处置', id);
    requireReadable(actor, '后续处置', id, row.unitPath);
    requireWritable(actor, '后续处置', id, row.unitPath);
    const event: FollowUpEvent = { ...step, actorId: actorKey(actor) };
    const next = advanceFollowUp(domainFollowUp(row.followUp), event);
    if (!next.ok) {
      const p = next.problems[0]!;
      if (p.code === 'follow-up-transition') throw new ConflictError(p.code, p.message, next.problems);
      throw new ValidationFailedError(next.problems);
    }
    // The dates are a record of what happened: not ahead of today, not before the step they follow.
    const after =
      step.type === 'start' ? row.followUp.openedOn : (row.followUp.startedOn ?? row.followUp.openedOn);
    const which = step.type === 'start' ? '开始处理日期' : '办结日期';
    if (step.on > today(now))
      throw new ValidationFailedError([
        { field: 'on', code: 'date-in-future', message: `${which}不能晚于今天` },
      ]);
    if (step.on < after)
      throw new ValidationFailedError([
        {
          field: 'on',
          code: 'date-out-of-order',
          message: `${which}不能早于${step.type === 'start' ? '后续处置产生' : '开始处理'}的日期（${after}）`,
        },
      ]);
    const f = next.value;
    await db.transaction(async (tx) => {
      const patch =
        step.type === 'start'
          ? { state: f.state, startedOn: step.on }
          : { state: f.state, closedOn: f.closedOn, closingNote: f.closingNote };
      if (!(await inspectionReportRepository.updateFollowUp(tx, id, row.followUp.state, patch)))
        throw new ConflictError('follow-up-transition', '后续处置已被他人更新，请刷新');
      await recordAudit(
        tx,
        actor,
        `follow-up.${step.type}`,
        { type: 'follow-up', id },
        { ...patch, recordId: row.followUp.recordId, logged: await loggedDigests(tx, { followUps: [id] }) },
      );
    });
    publicDataChanged();
    const [updated] = (
      await inspectionReportRepository.followUps(db, { entityId: row.followUp.entityId })
    ).filter((r) => r.followUp.id === id);
    return followUpView(updated!.followUp, { publicId: updated!.entityPublicId, name: updated!.entityName });
  },
};
