-- Issue 12.2 at 10,000,000 entities: the freeze's reference check hashes every entity id (≈ 730 MB at 10M);
-- with 256 MB the hash went to disk in two batches (auto_explain: 20.9 s of a 75 s freeze under load). 512 MB
-- (1 GB of hash with PostgreSQL's hash_mem_multiplier 2) keeps a pool of up to ≈ 13M entities in one pass;
-- it is a ceiling, not an allocation: a 1M pool uses 55 MB.
CREATE OR REPLACE FUNCTION ss_task_entities_refs() RETURNS trigger LANGUAGE plpgsql SET work_mem = '512MB' AS $$
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
