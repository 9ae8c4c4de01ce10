// 100,000 published results for the public API benchmark: the demo cycle's published records are
// cloned in SQL (one INSERT … SELECT per table over generate_series, entities spread over the directory,
// result codes and dates varied), then every public row is written by the real code path
// (syncPublicRows: the allow-list and masking of src/domain/publication), as publication writes them.
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../../src/db/database.ts';
import { seedDemoIfEmpty } from '../../src/services/demo.service.ts';
import { syncPublicRows } from '../../src/services/publication/public-row.ts';

const CODES = [
  'no-problem',
  'no-problem',
  'no-problem',
  'no-problem',
  'problem-pending',
  'corrected-on-order',
  'serious-non-cooperation',
  'business-not-found',
];

export async function loadPublishedResults(
  handle: DatabaseHandle,
  count: number,
): Promise<{ published: number; seconds: number }> {
  const started = performance.now();
  await seedDemoIfEmpty(handle);
  const db = handle.db;
  await db.execute(sql`CREATE TEMP TABLE bench_gen AS
    SELECT g.i, gen_random_uuid() AS rec, gen_random_uuid() AS rep,
           t.record_id AS tpl_record, t.report_id AS tpl_report, t.state AS tpl_state,
           e.id AS entity_id,
           (date '2026-01-05' + (g.i % 320))::date AS checked_on,
           (date '2026-01-05' + (g.i % 320) + 7)::date AS published_on,
           (${sql.raw(`ARRAY[${CODES.map((c) => `'${c}'`).join(',')}]`)})[1 + g.i % ${CODES.length}] AS code
    FROM generate_series(1, ${count}) AS g(i)
    JOIN LATERAL (SELECT record_id, report_id, state FROM inspection_reviews
                  WHERE status = 'published' ORDER BY record_id OFFSET g.i % 5 LIMIT 1) t ON true
    JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM entities) e
      ON e.n = g.i % (SELECT count(*) FROM entities)`);
  await db.execute(sql`INSERT INTO inspection_records (id, unit_id, entity_id, item_id, item_version, basis,
      status, checked_on, methods, police_id_shown, inspectors, responsible_badge_number, rows, party,
      created_by, created_by_name, submitted_by, submitted_by_name, submitted_at)
    SELECT b.rec, r.unit_id, b.entity_id, r.item_id, r.item_version, 'random', 'submitted', b.checked_on,
      r.methods, r.police_id_shown, r.inspectors, r.responsible_badge_number, r.rows, r.party, r.created_by,
      r.created_by_name, r.submitted_by, r.submitted_by_name, r.submitted_at
    FROM bench_gen b JOIN inspection_records r ON r.id = b.tpl_record`);
  await db.execute(sql`INSERT INTO inspection_reports (id, record_id, version, author_id, author_name, findings,
      opinion, result_code, non_cooperation, handling, follow_ups, touches_trade_secret, touches_privacy)
    SELECT b.rep, b.rec, 1, p.author_id, p.author_name, p.findings, p.opinion, b.code, '[]'::jsonb,
      '{"kind":"none"}'::jsonb, '[]'::jsonb, false, false
    FROM bench_gen b JOIN inspection_reports p ON p.id = b.tpl_report`);
  await db.execute(sql`INSERT INTO inspection_reviews (record_id, status, report_id, state, approved_on,
      deadline, published_on)
    SELECT b.rec, 'published', b.rep,
      b.tpl_state || jsonb_build_object('recordId', b.rec::text, 'reportId', b.rep::text, 'reportVersion', 1,
        'approvedOn', (b.published_on - 2)::text, 'publishedOn', b.published_on::text),
      b.published_on - 2, b.published_on + 10, b.published_on
    FROM bench_gen b`);
  await db.execute(sql`DROP TABLE bench_gen`);
  await syncPublicRows(db);
  await db.execute(sql`ANALYZE public_results`);
  const [n] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM public_results`);
  return { published: n?.n ?? 0, seconds: (performance.now() - started) / 1000 };
}
