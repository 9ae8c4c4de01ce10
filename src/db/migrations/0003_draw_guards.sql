-- R-21.1, R-N.6: the frozen pools, the draws and their replacements are written once.
-- Frozen pools: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE TRIGGER task_entities_frozen BEFORE UPDATE OR DELETE ON task_entities
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER task_entities_no_truncate BEFORE TRUNCATE ON task_entities
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER task_inspectors_frozen BEFORE UPDATE OR DELETE ON task_inspectors
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER task_inspectors_no_truncate BEFORE TRUNCATE ON task_inspectors
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER task_conflicts_frozen BEFORE UPDATE OR DELETE ON task_conflicts
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER task_conflicts_no_truncate BEFORE TRUNCATE ON task_conflicts
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER tasks_frozen BEFORE UPDATE OR DELETE ON tasks
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- Replacements are append-only (R-21.2: each is its own event).
CREATE TRIGGER draw_replacements_append_only BEFORE UPDATE OR DELETE ON draw_replacements
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER draw_replacements_no_truncate BEFORE TRUNCATE ON draw_replacements
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER replacement_evidence_append_only BEFORE UPDATE OR DELETE ON replacement_evidence
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- A draw is never deleted; once confirmed or aborted it never changes (R-21.1, R-N.6).
CREATE FUNCTION ss_draw_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ss:draw-kept: draw % is never deleted', OLD.draw_id USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'confirmed' THEN
    RAISE EXCEPTION 'ss:draw-confirmed: draw % is confirmed', OLD.draw_id USING ERRCODE = 'P0001';
  END IF;
  IF OLD.status = 'aborted' THEN
    RAISE EXCEPTION 'ss:draw-aborted: draw % is aborted', OLD.draw_id USING ERRCODE = 'P0001';
  END IF;
  IF NEW.draw_id <> OLD.draw_id OR NEW.task_id <> OLD.task_id OR NEW.plan <> OLD.plan
     OR NEW.pool_digest <> OLD.pool_digest OR NEW.inspector_digest <> OLD.inspector_digest
     OR (OLD.result IS NOT NULL AND NEW.result IS DISTINCT FROM OLD.result) THEN
    RAISE EXCEPTION 'ss:draw-fixed: the inputs and result of draw % are fixed', OLD.draw_id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER draws_guard BEFORE UPDATE OR DELETE ON draws
  FOR EACH ROW EXECUTE FUNCTION ss_draw_guard();
--> statement-breakpoint
CREATE TRIGGER draws_no_truncate BEFORE TRUNCATE ON draws
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- Participants of a confirmed draw never change; a commitment, once made, never changes.
CREATE FUNCTION ss_draw_participant_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE st text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ss:draw-kept: draw participants are never deleted' USING ERRCODE = 'P0001';
  END IF;
  SELECT status INTO st FROM draws WHERE id = OLD.draw_id;
  IF st = 'confirmed' THEN
    RAISE EXCEPTION 'ss:draw-confirmed: the participants of a confirmed draw never change' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.commit IS NOT NULL AND NEW.commit IS DISTINCT FROM OLD.commit THEN
    RAISE EXCEPTION 'ss:commit-fixed: a commitment never changes' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.nonce IS NOT NULL AND NEW.nonce IS DISTINCT FROM OLD.nonce THEN
    RAISE EXCEPTION 'ss:commit-fixed: a revealed nonce never changes' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER draw_participants_guard BEFORE UPDATE OR DELETE ON draw_participants
  FOR EACH ROW EXECUTE FUNCTION ss_draw_participant_guard();
--> statement-breakpoint
CREATE TRIGGER draw_participants_no_truncate BEFORE TRUNCATE ON draw_participants
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- A decided application is a record: it never changes.
CREATE FUNCTION ss_application_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'ss:application-decided: application % is decided', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER replacement_applications_guard BEFORE UPDATE OR DELETE ON replacement_applications
  FOR EACH ROW EXECUTE FUNCTION ss_application_guard();
--> statement-breakpoint
-- An approved plan is published and fixed (R-17.1).
CREATE FUNCTION ss_plan_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'approved' THEN
    RAISE EXCEPTION 'ss:plan-approved: plan % is approved', OLD.code USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER plans_guard BEFORE UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION ss_plan_guard();
--> statement-breakpoint
CREATE FUNCTION ss_plan_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM plans WHERE id = COALESCE(OLD.plan_id, NEW.plan_id) AND status = 'approved') THEN
    RAISE EXCEPTION 'ss:plan-approved: the items of an approved plan are fixed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER plan_items_guard BEFORE INSERT OR UPDATE OR DELETE ON plan_items
  FOR EACH ROW EXECUTE FUNCTION ss_plan_item_guard();
