-- Issue 12.2: a freeze writes a task's whole pool in one statement (a million rows at city scale). The
-- primary key (task_id, public_id) cost one B-tree descent per record, more than writing the rows; the
-- pool is found by its task (a B-tree of one key per task: duplicates are stored as posting lists), and
-- an id twice in a pool is refused by the engine's pool digest at announcement (DRAW.md §2, `duplicate id`).
ALTER TABLE "task_entities" DROP CONSTRAINT "task_entities_task_id_public_id_pk";--> statement-breakpoint
CREATE INDEX "task_entities_task_idx" ON "task_entities" USING btree ("task_id");--> statement-breakpoint
-- The references of a freeze checked in one pass over its rows, hashed in memory (4 MB spilled a million
-- entity ids to disk in batches).
CREATE OR REPLACE FUNCTION ss_task_entities_refs() RETURNS trigger LANGUAGE plpgsql SET work_mem = '256MB' AS $$
DECLARE
  tasks_missing bigint;
  entities_missing bigint;
BEGIN
  SELECT count(*) FILTER (WHERE t.id IS NULL), count(*) FILTER (WHERE e.id IS NULL)
    INTO tasks_missing, entities_missing
    FROM frozen n LEFT JOIN tasks t ON t.id = n.task_id LEFT JOIN entities e ON e.id = n.entity_id;
  IF tasks_missing > 0 THEN
    RAISE EXCEPTION 'ss:pool-reference: pool rows of an unknown task' USING ERRCODE = '23503';
  END IF;
  IF entities_missing > 0 THEN
    RAISE EXCEPTION 'ss:pool-reference: pool rows of an unknown entity' USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END $$;
