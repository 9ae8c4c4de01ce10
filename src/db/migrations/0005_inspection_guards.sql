-- R-10.3, R-23.1: a submitted inspection record, its files and its reports are written once.
CREATE FUNCTION ss_inspection_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ss:record-kept: inspection record % is never deleted', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'ss:record-submitted: inspection record % is submitted', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF NEW.entity_id <> OLD.entity_id OR NEW.item_id <> OLD.item_id OR NEW.basis <> OLD.basis
     OR NEW.draw_id IS DISTINCT FROM OLD.draw_id
     OR NEW.targeted_inspection_id IS DISTINCT FROM OLD.targeted_inspection_id THEN
    RAISE EXCEPTION 'ss:record-fixed: what inspection record % is about is fixed', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER inspection_records_guard BEFORE UPDATE OR DELETE ON inspection_records
  FOR EACH ROW EXECUTE FUNCTION ss_inspection_record_guard();
--> statement-breakpoint
CREATE TRIGGER inspection_records_no_truncate BEFORE TRUNCATE ON inspection_records
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inspection_files_append_only BEFORE UPDATE OR DELETE ON inspection_files
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inspection_files_no_truncate BEFORE TRUNCATE ON inspection_files
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inspection_reports_append_only BEFORE UPDATE OR DELETE ON inspection_reports
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inspection_reports_no_truncate BEFORE TRUNCATE ON inspection_reports
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- A review is never deleted; its history grows with each step (R-N.8).
CREATE TRIGGER inspection_reviews_no_delete BEFORE DELETE ON inspection_reviews
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
