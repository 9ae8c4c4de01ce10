-- Issue 12.2: a task's records per (stratum, exclusion) are counted as its pool is frozen, in the same
-- statement, and kept on the task row: the task page no longer counts a million pool rows on every view.
ALTER TABLE "tasks" ADD COLUMN "pool_strata" jsonb;--> statement-breakpoint
ALTER TABLE "tasks" DISABLE TRIGGER "tasks_frozen";--> statement-breakpoint
UPDATE "tasks" t SET "pool_strata" = COALESCE((
  SELECT jsonb_agg(jsonb_build_object('stratum', s.stratum, 'exclusion', s.exclusion, 'n', s.n) ORDER BY s.stratum COLLATE "C", s.exclusion)
  FROM (SELECT stratum, exclusion, count(*)::int AS n FROM "task_entities" WHERE task_id = t.id GROUP BY stratum, exclusion) s
), '[]'::jsonb);--> statement-breakpoint
ALTER TABLE "tasks" ENABLE TRIGGER "tasks_frozen";--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "pool_strata" SET NOT NULL;
