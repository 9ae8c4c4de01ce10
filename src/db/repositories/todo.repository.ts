import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';

/** One thing waiting for the signed-in officer; `due` is a Beijing date when the thing has one. */
export interface TodoRow {
  readonly id: string;
  readonly label: string;
  readonly detail: string | null;
  /** The item's code when `detail` is its name. */
  readonly code?: string | null;
  readonly due: string | null;
}

// A record's item by the name of the version it was checked under; the code goes beside it.
const itemOfRecord = sql`JOIN items i ON i.id = r.item_id
      JOIN item_versions iv ON iv.item_id = r.item_id AND iv.version = r.item_version`;

const LIMIT = 20;
const subtree = (path: string) => sql`(u.path = ${path} OR u.path LIKE ${`${path}/%`})`;

/** What each role's to-do list is made of; every query is bounded and filtered to the actor's subtree. */
export const todoRepository = {
  /** Reports awaiting review (R-N.8), oldest first. */
  async awaitingReview(db: Executor, path: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT v.report_id AS id, e.name AS label, iv.name AS detail, i.code, NULL AS due
      FROM inspection_reviews v JOIN inspection_records r ON r.id = v.record_id JOIN units u ON u.id = r.unit_id
      JOIN entities e ON e.id = r.entity_id ${itemOfRecord}
      WHERE ${subtree(path)} AND v.status = 'awaiting-review' ORDER BY v.updated_at LIMIT ${LIMIT}`,
    );
  },

  /** Approved results not yet published, by their publication deadline (R-N.9). */
  async toPublish(db: Executor, path: string) {
    return queryRows<TodoRow & { provisional: boolean }>(
      db,
      sql`
      SELECT v.report_id AS id, e.name AS label, iv.name AS detail, i.code, v.deadline::text AS due,
             v.deadline_provisional AS provisional
      FROM inspection_reviews v JOIN inspection_records r ON r.id = v.record_id JOIN units u ON u.id = r.unit_id
      JOIN entities e ON e.id = r.entity_id ${itemOfRecord}
      WHERE ${subtree(path)} AND v.status = 'approved' ORDER BY v.deadline NULLS LAST LIMIT ${LIMIT}`,
    );
  },

  /** Change applications waiting for a leader's decision (R-21.2). */
  async pendingChanges(db: Executor, path: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT d.id, d.draw_id AS label, a.reason AS detail, NULL AS due
      FROM replacement_applications a JOIN draws d ON d.id = a.draw_id JOIN tasks t ON t.id = d.task_id
      JOIN units u ON u.id = t.unit_id
      WHERE ${subtree(path)} AND a.status = 'pending' ORDER BY a.created_at LIMIT ${LIMIT}`,
    );
  },

  /** Targeted inspections waiting for a leader's approval (R-4.1). */
  async pendingTargeted(db: Executor, path: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT g.id, e.name AS label, g.reason AS detail, g.from_date::text AS due
      FROM targeted_inspections g JOIN units u ON u.id = g.unit_id JOIN entities e ON e.id = g.entity_id
      WHERE ${subtree(path)} AND g.status = 'pending' ORDER BY g.from_date LIMIT ${LIMIT}`,
    );
  },

  /** Draft plans of the year and later, to complete and submit for approval (R-17.1). */
  async draftPlans(db: Executor, path: string, year: number) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT p.id, p.name AS label, p.code AS detail, NULL AS due
      FROM plans p JOIN units u ON u.id = p.unit_id
      WHERE ${subtree(path)} AND p.status = 'draft' AND p.year >= ${year} ORDER BY p.year, p.code LIMIT ${LIMIT}`,
    );
  },

  /** Imports of the last 30 days that rejected rows (R-13.2). */
  async importsWithErrors(db: Executor, path: string, since: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT m.id, m.file_name AS label, jsonb_array_length(m.rejected)::text AS detail,
             (m.created_at AT TIME ZONE 'Asia/Shanghai')::date::text AS due
      FROM imports m JOIN units u ON u.id = m.unit_id
      WHERE ${subtree(path)} AND jsonb_array_length(m.rejected) > 0
        AND (m.created_at AT TIME ZONE 'Asia/Shanghai')::date >= ${since}::date
      ORDER BY m.created_at DESC LIMIT ${LIMIT}`,
    );
  },

  /** Tasks without a confirmed draw whose draw date is past or within `until` (R-17.2). */
  async tasksToDraw(db: Executor, path: string, until: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT t.id, t.code AS label, d.draw_id AS detail, t.draw_date::text AS due
      FROM tasks t JOIN units u ON u.id = t.unit_id
      LEFT JOIN draws d ON d.task_id = t.id AND d.status <> 'aborted'
      WHERE ${subtree(path)} AND d.status IS DISTINCT FROM 'confirmed' AND t.draw_date <= ${until}::date
      ORDER BY t.draw_date, t.code LIMIT ${LIMIT}`,
    );
  },

  /** Draws the user supervises or witnesses that are not finished (R-20.1). */
  async drawsToWitness(db: Executor, userId: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT d.id, d.draw_id AS label, t.code AS detail, t.draw_date::text AS due
      FROM draw_participants p JOIN draws d ON d.id = p.draw_id JOIN tasks t ON t.id = d.task_id
      WHERE p.user_id = ${userId} AND p.role IN ('supervisor', 'witness')
        AND d.status NOT IN ('confirmed', 'aborted')
      ORDER BY t.draw_date LIMIT ${LIMIT}`,
    );
  },

  /** The user's own inspection records still in draft (R-10.1). */
  async draftRecords(db: Executor, userId: string) {
    return queryRows<TodoRow>(
      db,
      sql`
      SELECT r.id, e.name AS label, iv.name AS detail, i.code, r.checked_on::text AS due
      FROM inspection_records r JOIN entities e ON e.id = r.entity_id ${itemOfRecord}
      WHERE r.created_by = ${userId} AND r.status = 'draft' ORDER BY r.created_at LIMIT ${LIMIT}`,
    );
  },
};
