-- Issue 10.3, R-10.3: the audit events as leaves of an RFC 9162 Merkle tree (docs/log.md).
-- Leaf i (0..n-1, gap-free) is one event; its hash is the RFC 9162 leaf hash of the event's canonical form.
-- No foreign key to audit_events: a deleted event must stay visible as a dangling leaf (verify-log).
CREATE TABLE "audit_log_leaves" (
  "leaf_index" bigint PRIMARY KEY NOT NULL,
  "seq" bigint NOT NULL UNIQUE,
  "hash" bytea NOT NULL
);
--> statement-breakpoint
-- Complete subtrees above the leaves: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
CREATE TABLE "audit_log_nodes" (
  "level" smallint NOT NULL,
  "idx" bigint NOT NULL,
  "hash" bytea NOT NULL,
  PRIMARY KEY ("level", "idx")
);
--> statement-breakpoint
CREATE TABLE "audit_log_checkpoints" (
  "id" bigserial PRIMARY KEY NOT NULL,
  "size" bigint NOT NULL,
  "root" bytea NOT NULL,
  "at" timestamp with time zone NOT NULL,
  "note" text NOT NULL,
  "public_key" bytea NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_checkpoints_size_idx" ON "audit_log_checkpoints" ("size");
--> statement-breakpoint
-- One row: the tree's hash, chosen once; events up to legacy_through predate the tree and are adopted once.
CREATE TABLE "audit_log_state" (
  "id" smallint PRIMARY KEY NOT NULL CHECK ("id" = 1),
  "hash" text CHECK ("hash" IN ('sha256', 'sm3')),
  "legacy_through" bigint NOT NULL,
  "adopted" boolean NOT NULL DEFAULT false
);
--> statement-breakpoint
INSERT INTO "audit_log_state" ("id", "legacy_through")
  SELECT 1, COALESCE(MAX("seq"), 0) FROM "audit_events";
--> statement-breakpoint
CREATE TRIGGER audit_log_leaves_append_only BEFORE UPDATE OR DELETE ON audit_log_leaves
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_leaves_no_truncate BEFORE TRUNCATE ON audit_log_leaves
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_nodes_append_only BEFORE UPDATE OR DELETE ON audit_log_nodes
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_nodes_no_truncate BEFORE TRUNCATE ON audit_log_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_log_checkpoints
  FOR EACH ROW EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_checkpoints_no_truncate BEFORE TRUNCATE ON audit_log_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- The state changes once (hash chosen, older events adopted) and is never deleted.
CREATE FUNCTION ss_audit_log_state_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.adopted OR NEW.legacy_through <> OLD.legacy_through THEN
    RAISE EXCEPTION 'ss:append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_state_guard BEFORE UPDATE OR DELETE ON audit_log_state
  FOR EACH ROW EXECUTE FUNCTION ss_audit_log_state_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_state_no_truncate BEFORE TRUNCATE ON audit_log_state
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
