ALTER TABLE "entities" DROP CONSTRAINT "entities_unit_id_units_id_fk";
--> statement-breakpoint
-- An entity's unit, checked once per INSERT or UPDATE statement over its new rows. Units are never
-- deleted (below), so a unit that exists when a row is written exists for good.
CREATE FUNCTION ss_entities_unit_ref() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM (SELECT DISTINCT unit_id FROM written) w
      LEFT JOIN units u ON u.id = w.unit_id WHERE u.id IS NULL) > 0 THEN
    RAISE EXCEPTION 'ss:unit-reference: entities of an unknown unit' USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER entities_unit_ref_insert AFTER INSERT ON entities
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION ss_entities_unit_ref();
--> statement-breakpoint
CREATE TRIGGER entities_unit_ref_update AFTER UPDATE ON entities
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION ss_entities_unit_ref();
--> statement-breakpoint
CREATE TRIGGER units_kept BEFORE DELETE ON units
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER units_no_truncate BEFORE TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
