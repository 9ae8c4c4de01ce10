-- Append-only audit log (R-10.3): no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION ss_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ss:append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- A published item version never changes (R-7.2): a change is a new version.
CREATE FUNCTION ss_item_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'ss:item-version-published: version % of item % is published', OLD.version, OLD.item_id
      USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER item_versions_guard BEFORE UPDATE OR DELETE ON item_versions
  FOR EACH ROW EXECUTE FUNCTION ss_item_version_guard();
--> statement-breakpoint
-- No item may be published without a legal basis (R-8.1), whatever path writes it.
ALTER TABLE item_versions ADD CONSTRAINT item_versions_legal_basis_published
  CHECK (status <> 'published' OR jsonb_array_length(legal_basis) > 0);
