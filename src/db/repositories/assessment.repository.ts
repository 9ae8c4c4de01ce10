import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';

/** A unit subtree (by its path) and a closed date period: what every assessment figure is counted over. */
export interface AssessmentScope {
  readonly path: string;
  readonly from: string;
  readonly to: string;
  readonly today: string;
}

const inScope = (path: string) => sql`(u.path = ${path} OR u.path LIKE ${`${path}/%`})`;

export interface PlanFigureRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly status: string;
  readonly unit_id: string;
  readonly unit_name: string;
  readonly rounds_planned: number;
  readonly rounds_due: number;
  readonly min_rate_bp: number;
  readonly tasks: number;
  readonly joint_tasks: number;
  readonly rounds_drawn: number;
  readonly overdue_tasks: number;
  readonly due_soon_tasks: number;
  readonly directory: number;
  readonly drawn: number;
  readonly inspected: number;
}

export interface ResultCodeRow {
  readonly code: string;
  readonly n: number;
}

export interface TimelinessRow {
  readonly approved: number;
  readonly on_time: number;
  readonly late: number;
  readonly overdue: number;
  readonly pending: number;
  readonly due_soon: number;
  readonly provisional: number;
}

/** Set-based figures of R-27.1: one query per figure, the scope and period inside the SQL. */
export const assessmentRepository = {
  /** Plans of the period's years with their tasks, confirmed draws and distinct entities inspected. */
  async plans(db: Executor, s: AssessmentScope): Promise<PlanFigureRow[]> {
    return queryRows<PlanFigureRow>(
      db,
      sql`
      WITH t AS (
        SELECT t.id, t.plan_id, t.round, t.draw_date, t.pool_size, jsonb_array_length(t.teams) > 1 AS joint,
               d.status AS draw_status,
               coalesce((SELECT sum(jsonb_array_length(x->'selected')) FROM jsonb_array_elements(d.result->'strata') x), 0) AS drawn
        FROM tasks t LEFT JOIN draws d ON d.task_id = t.id AND d.status <> 'aborted'),
      insp AS (
        SELECT t.plan_id, count(DISTINCT r.entity_id)::int AS n
        FROM inspection_records r JOIN tasks t ON t.id = r.task_id
        WHERE r.status = 'submitted' AND r.basis = 'random' GROUP BY t.plan_id)
      SELECT p.id, p.code, p.name, p.year, p.status, p.unit_id, u.name AS unit_name,
        jsonb_array_length(p.rounds)::int AS rounds_planned,
        (SELECT count(*) FROM jsonb_array_elements(p.rounds) r WHERE (r->>'to')::date < ${s.today}::date)::int AS rounds_due,
        coalesce((SELECT min((r->>'rateBp')::int) FROM jsonb_array_elements(p.rates) r), 0)::int AS min_rate_bp,
        count(t.id)::int AS tasks,
        count(t.id) FILTER (WHERE t.joint)::int AS joint_tasks,
        count(t.id) FILTER (WHERE t.draw_status = 'confirmed')::int AS rounds_drawn,
        count(t.id) FILTER (WHERE t.draw_status IS DISTINCT FROM 'confirmed' AND t.draw_date < ${s.today}::date)::int AS overdue_tasks,
        count(t.id) FILTER (WHERE t.draw_status IS DISTINCT FROM 'confirmed'
          AND t.draw_date BETWEEN ${s.today}::date AND ${s.today}::date + 7)::int AS due_soon_tasks,
        coalesce(max(t.pool_size), 0)::int AS directory,
        coalesce(sum(t.drawn) FILTER (WHERE t.draw_status = 'confirmed'), 0)::int AS drawn,
        coalesce(max(insp.n), 0)::int AS inspected
      FROM plans p JOIN units u ON u.id = p.unit_id
      LEFT JOIN t ON t.plan_id = p.id LEFT JOIN insp ON insp.plan_id = p.id
      WHERE ${inScope(s.path)}
        AND p.year BETWEEN extract(year FROM ${s.from}::date) AND extract(year FROM ${s.to}::date)
      GROUP BY p.id, u.name ORDER BY p.year, p.code`,
    );
  },

  /** Per year: distinct entities inspected at random / distinct entities in the pools frozen that year. */
  async coverage(db: Executor, path: string, fromYear: number, toYear: number) {
    return queryRows<{ year: number; directory: number; inspected: number }>(
      db,
      sql`
      WITH y AS (SELECT generate_series(${fromYear}::int, ${toYear}::int) AS year),
      pool AS (
        SELECT extract(year FROM t.draw_date)::int AS year, count(DISTINCT te.entity_id)::int AS n
        FROM tasks t JOIN units u ON u.id = t.unit_id JOIN task_entities te ON te.task_id = t.id
        WHERE ${inScope(path)} AND t.draw_date >= make_date(${fromYear}::int, 1, 1)
          AND t.draw_date <= make_date(${toYear}::int, 12, 31)
        GROUP BY 1),
      done AS (
        SELECT extract(year FROM r.checked_on)::int AS year, count(DISTINCT r.entity_id)::int AS n
        FROM inspection_records r JOIN units u ON u.id = r.unit_id
        WHERE ${inScope(path)} AND r.status = 'submitted' AND r.basis = 'random'
          AND r.checked_on >= make_date(${fromYear}::int, 1, 1) AND r.checked_on <= make_date(${toYear}::int, 12, 31)
        GROUP BY 1)
      SELECT y.year, coalesce(pool.n, 0)::int AS directory, coalesce(done.n, 0)::int AS inspected
      FROM y LEFT JOIN pool ON pool.year = y.year LEFT JOIN done ON done.year = y.year ORDER BY y.year`,
    );
  },

  /** Approved or published results of the period, by their current report's result code. */
  async resultCodes(db: Executor, s: AssessmentScope): Promise<ResultCodeRow[]> {
    return queryRows<ResultCodeRow>(
      db,
      sql`
      SELECT rep.result_code AS code, count(*)::int AS n
      FROM inspection_reviews v JOIN inspection_reports rep ON rep.id = v.report_id
      JOIN inspection_records r ON r.id = v.record_id JOIN units u ON u.id = r.unit_id
      WHERE ${inScope(s.path)} AND v.status IN ('approved', 'published')
        AND v.approved_on BETWEEN ${s.from}::date AND ${s.to}::date
      GROUP BY rep.result_code ORDER BY n DESC, code`,
    );
  },

  /** R-N.9: results approved in the period against their stored deadline (provisional ones counted too). */
  async timeliness(db: Executor, s: AssessmentScope): Promise<TimelinessRow> {
    const [row] = await queryRows<TimelinessRow>(
      db,
      sql`
      SELECT count(*)::int AS approved,
        count(*) FILTER (WHERE v.published_on <= v.deadline)::int AS on_time,
        count(*) FILTER (WHERE v.published_on > v.deadline)::int AS late,
        count(*) FILTER (WHERE v.published_on IS NULL AND v.deadline < ${s.today}::date)::int AS overdue,
        count(*) FILTER (WHERE v.published_on IS NULL AND v.deadline >= ${s.today}::date)::int AS pending,
        count(*) FILTER (WHERE v.published_on IS NULL AND v.deadline BETWEEN ${s.today}::date AND ${s.today}::date + 5)::int AS due_soon,
        count(*) FILTER (WHERE v.deadline_provisional)::int AS provisional
      FROM inspection_reviews v JOIN inspection_records r ON r.id = v.record_id JOIN units u ON u.id = r.unit_id
      WHERE ${inScope(s.path)} AND v.approved_on BETWEEN ${s.from}::date AND ${s.to}::date
        AND v.status IN ('approved', 'published')`,
    );
    return row!;
  },

  /** Applications to change confirmed draws made in the period, by status, kind and reason. */
  async changes(db: Executor, s: AssessmentScope) {
    return queryRows<{ status: string; kind: string; reason: string; n: number }>(
      db,
      sql`
      SELECT a.status, a.kind, a.reason, count(*)::int AS n
      FROM replacement_applications a JOIN draws d ON d.id = a.draw_id JOIN tasks t ON t.id = d.task_id
      JOIN units u ON u.id = t.unit_id
      WHERE ${inScope(s.path)} AND (a.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${s.from}::date AND ${s.to}::date
      GROUP BY a.status, a.kind, a.reason ORDER BY n DESC, a.reason`,
    );
  },

  /** Submitted records of the period per inspector on the team (a record counts once for each member). */
  async workload(db: Executor, s: AssessmentScope) {
    return queryRows<{ badge: string; name: string; n: number }>(
      db,
      sql`
      SELECT m->>'badgeNumber' AS badge, max(m->>'name') AS name, count(*)::int AS n
      FROM inspection_records r JOIN units u ON u.id = r.unit_id, jsonb_array_elements(r.inspectors) m
      WHERE ${inScope(s.path)} AND r.status = 'submitted'
        AND r.checked_on BETWEEN ${s.from}::date AND ${s.to}::date
      GROUP BY 1 ORDER BY n DESC, badge`,
    );
  },

  /** The scope's direct subordinates, each with its subtree's plans, records and publication figures. */
  async children(db: Executor, scopeId: string, s: AssessmentScope) {
    return queryRows<ChildFigureRow>(
      db,
      sql`
      WITH c AS (SELECT id, name, code, path FROM units WHERE parent_id = ${scopeId}),
      p AS (
        SELECT c.id, count(p.id)::int AS plans, coalesce(sum(jsonb_array_length(p.rounds)), 0)::int AS rounds_planned
        FROM c JOIN units u ON (u.path = c.path OR u.path LIKE c.path || '/%') JOIN plans p ON p.unit_id = u.id
        WHERE p.year BETWEEN extract(year FROM ${s.from}::date) AND extract(year FROM ${s.to}::date) GROUP BY c.id),
      d AS (
        SELECT c.id, count(*)::int AS rounds_drawn
        FROM c JOIN units u ON (u.path = c.path OR u.path LIKE c.path || '/%') JOIN tasks t ON t.unit_id = u.id
        JOIN plans p ON p.id = t.plan_id JOIN draws d ON d.task_id = t.id AND d.status = 'confirmed'
        WHERE p.year BETWEEN extract(year FROM ${s.from}::date) AND extract(year FROM ${s.to}::date) GROUP BY c.id),
      r AS (
        SELECT c.id, count(*)::int AS inspections,
          count(*) FILTER (WHERE v.published_on <= v.deadline)::int AS on_time,
          count(*) FILTER (WHERE v.published_on > v.deadline
            OR (v.published_on IS NULL AND v.deadline < ${s.today}::date))::int AS late
        FROM c JOIN units u ON (u.path = c.path OR u.path LIKE c.path || '/%') JOIN inspection_records r ON r.unit_id = u.id
        LEFT JOIN inspection_reviews v ON v.record_id = r.id AND v.status IN ('approved', 'published')
        WHERE r.status = 'submitted' AND r.checked_on BETWEEN ${s.from}::date AND ${s.to}::date GROUP BY c.id)
      SELECT c.id, c.name, coalesce(p.plans, 0) AS plans, coalesce(p.rounds_planned, 0) AS rounds_planned,
        coalesce(d.rounds_drawn, 0) AS rounds_drawn, coalesce(r.inspections, 0) AS inspections,
        coalesce(r.on_time, 0) AS on_time, coalesce(r.late, 0) AS late
      FROM c LEFT JOIN p ON p.id = c.id LEFT JOIN d ON d.id = c.id LEFT JOIN r ON r.id = c.id ORDER BY c.code`,
    );
  },
};

export interface ChildFigureRow {
  readonly id: string;
  readonly name: string;
  readonly plans: number;
  readonly rounds_planned: number;
  readonly rounds_drawn: number;
  readonly inspections: number;
  readonly on_time: number;
  readonly late: number;
}
