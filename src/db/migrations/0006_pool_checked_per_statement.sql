ALTER TABLE "task_entities" DROP CONSTRAINT "task_entities_task_id_tasks_id_fk";
--> statement-breakpoint
ALTER TABLE "task_entities" DROP CONSTRAINT "task_entities_entity_id_entities_id_fk";
--> statement-breakpoint
DROP INDEX "task_entities_entity_idx";--> statement-breakpoint
-- The pool's references, checked once per INSERT statement over its new rows (R-N.6). Tasks are
-- never deleted (tasks_frozen) and neither are entities (below: deregistration keeps them, R-14.1),
-- so a reference that holds when written holds for good.
CREATE FUNCTION ss_task_entities_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM (SELECT DISTINCT task_id FROM frozen) n LEFT JOIN tasks t ON t.id = n.task_id WHERE t.id IS NULL) > 0 THEN
    RAISE EXCEPTION 'ss:pool-reference: pool rows of an unknown task' USING ERRCODE = '23503';
  END IF;
  -- Counted, not EXISTS: the planner then hashes the entity ids instead of probing the index per row.
  IF (SELECT count(*) FROM frozen n LEFT JOIN entities e ON e.id = n.entity_id WHERE e.id IS NULL) > 0 THEN
    RAISE EXCEPTION 'ss:pool-reference: pool rows of an unknown entity' USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_entities_refs AFTER INSERT ON task_entities
  REFERENCING NEW TABLE AS frozen FOR EACH STATEMENT EXECUTE FUNCTION ss_task_entities_refs();
--> statement-breakpoint
CREATE TRIGGER entities_kept BEFORE DELETE ON entities
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER entities_no_truncate BEFORE TRUNCATE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
