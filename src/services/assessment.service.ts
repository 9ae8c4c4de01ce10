import type { Database } from '../db/database.ts';
import {
  assessmentRepository,
  type AssessmentScope,
  type PlanFigureRow,
} from '../db/repositories/assessment.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { FLOOR, planAchievement, publicationFlag } from '../domain/assessment/plan-figure.ts';
import { findResultCode, NATIONAL_RESULT_CODE_SET } from '../domain/inspection/result-code.ts';
import { canWrite } from './access.ts';
import type { Actor } from './actor.ts';
import { today } from './clock.ts';
import { NotFoundError, ValidationFailedError } from './errors.ts';

export interface AssessmentQuery {
  readonly unitId?: string;
  readonly departmentId?: string;
  readonly year?: number;
  readonly from?: string;
  readonly to?: string;
}

/** Coverage over the years looks back this far; a longer period is refused rather than scanned. */
const MAX_YEARS = 10;

function periodOf(q: AssessmentQuery, on: string): { from: string; to: string } {
  const year = q.year ?? Number(on.slice(0, 4));
  const from = q.from ?? `${q.year ?? year}-01-01`;
  const to = q.to ?? `${Number(from.slice(0, 4))}-12-31`;
  if (from > to)
    throw new ValidationFailedError([
      { field: 'to', code: 'period-reversed', message: '结束日期不能早于开始日期' },
    ]);
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= MAX_YEARS)
    throw new ValidationFailedError([
      { field: 'from', code: 'period-too-long', message: `统计期间不能超过 ${MAX_YEARS} 年` },
    ]);
  return { from, to };
}

/** The unit the figures cover: the actor's own subtree only (a sibling is "not found", as elsewhere). */
async function scopeUnit(db: Database, actor: Actor, q: AssessmentQuery) {
  const id = q.departmentId ?? q.unitId ?? actor.unitId;
  const unit = await unitRepository.get(db, id);
  if (!unit || !canWrite(actor, unit.path)) throw new NotFoundError('单位', id);
  return unit;
}

function planView(r: PlanFigureRow) {
  const counts = {
    roundsPlanned: r.rounds_planned,
    roundsDue: r.rounds_due,
    roundsDrawn: r.rounds_drawn,
    plannedRateBp: r.min_rate_bp,
    directory: r.directory,
    drawn: r.drawn,
    inspected: r.inspected,
    overdueTasks: r.overdue_tasks,
    dueSoonTasks: r.due_soon_tasks,
  };
  const { id, code, name, year, status } = r;
  return {
    planId: id,
    code,
    name,
    year,
    status,
    unitName: r.unit_name,
    ...counts,
    ...planAchievement(counts),
  };
}

const sum = <T>(rows: readonly T[], f: (row: T) => number) => rows.reduce((n, row) => n + f(row), 0);

function changesView(rows: Awaited<ReturnType<typeof assessmentRepository.changes>>) {
  const by = (f: (r: (typeof rows)[number]) => boolean) => sum(rows.filter(f), (r) => r.n);
  const reasons = new Map<string, number>();
  for (const r of rows) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + r.n);
  return {
    total: by(() => true),
    pending: by((r) => r.status === 'pending'),
    approved: by((r) => r.status === 'approved'),
    rejected: by((r) => r.status === 'rejected'),
    entity: by((r) => r.kind === 'entity'),
    inspector: by((r) => r.kind === 'inspector'),
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })).slice(0, 10),
  };
}

/** the assessment dashboard's figures for a unit subtree and a period. */
export const assessmentService = {
  async figures(db: Database, actor: Actor, q: AssessmentQuery, now = new Date()) {
    const on = today(now);
    const { from, to } = periodOf(q, on);
    const unit = await scopeUnit(db, actor, q);
    const s: AssessmentScope = { path: unit.path, from, to, today: on };
    const [plans, coverage, codes, t, changes, workload, children] = await Promise.all([
      assessmentRepository.plans(db, s),
      assessmentRepository.coverage(db, unit.path, Number(to.slice(0, 4)) - 4, Number(to.slice(0, 4))),
      assessmentRepository.resultCodes(db, s),
      assessmentRepository.timeliness(db, s),
      assessmentRepository.changes(db, s),
      assessmentRepository.workload(db, s),
      assessmentRepository.children(db, unit.id, s),
    ]);
    const planRows = plans.map(planView);
    const timeliness = {
      approved: t.approved,
      onTime: t.on_time,
      late: t.late,
      overdue: t.overdue,
      pending: t.pending,
      dueSoon: t.due_soon,
      provisional: t.provisional,
    };
    return {
      scope: { unitId: unit.id, unitName: unit.name, from, to, today: on },
      floor: FLOOR,
      totals: {
        plans: planRows.length,
        roundsPlanned: sum(planRows, (p) => p.roundsPlanned),
        roundsDrawn: sum(planRows, (p) => p.roundsDrawn),
        directory: sum(planRows, (p) => p.directory),
        drawn: sum(planRows, (p) => p.drawn),
        inspected: sum(planRows, (p) => p.inspected),
        overdueTasks: sum(planRows, (p) => p.overdueTasks),
        dueSoonTasks: sum(planRows, (p) => p.dueSoonTasks),
        // A round whose window closed undrawn, or whose task's draw date passed: counted once per plan.
        overdueRounds: sum(planRows, (p) => Math.max(p.roundsDue - p.roundsDrawn, p.overdueTasks, 0)),
        belowFloor: planRows.filter((p) => !p.meetsFloor).length,
      },
      plans: planRows,
      coverage,
      resultCodes: codes.map((c) => ({
        code: c.code,
        label: findResultCode(NATIONAL_RESULT_CODE_SET, c.code)?.label ?? c.code,
        count: c.n,
      })),
      timeliness: { ...timeliness, flag: publicationFlag(timeliness) },
      changes: changesView(changes),
      joint: { tasks: sum(plans, (p) => p.tasks), joint: sum(plans, (p) => p.joint_tasks) },
      workload: workload.map((w) => ({ badgeNumber: w.badge, name: w.name, records: w.n })),
      subordinates: children.map((c) => ({
        unitId: c.id,
        name: c.name,
        plans: c.plans,
        roundsPlanned: c.rounds_planned,
        roundsDrawn: c.rounds_drawn,
        inspections: c.inspections,
        onTime: c.on_time,
        late: c.late,
      })),
    };
  },
};
