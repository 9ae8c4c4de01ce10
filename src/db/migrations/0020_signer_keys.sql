-- Issue 10.4: each signer signs a draw statement with a key of its own. An officer's public keys are bound
-- to the account (one per browser or device; revoked, never deleted); a signature and its key are kept
-- on the participant row. A witness's key is fixed with its commitment, before any reveal.
CREATE TABLE "account_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	"scheme" text NOT NULL,
	"public_key" text NOT NULL UNIQUE,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);--> statement-breakpoint
CREATE INDEX "account_keys_user_idx" ON "account_keys" ("user_id");--> statement-breakpoint
ALTER TABLE "draw_participants" ADD COLUMN "signature_scheme" text;--> statement-breakpoint
ALTER TABLE "draw_participants" ADD COLUMN "public_key" text;--> statement-breakpoint
ALTER TABLE "draw_participants" ADD COLUMN "signature" text;--> statement-breakpoint
-- A registered key is kept for ever; only its revocation time is set, once.
CREATE FUNCTION ss_account_key_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.revoked_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.user_id <> OLD.user_id
     OR NEW.scheme <> OLD.scheme OR NEW.public_key <> OLD.public_key OR NEW.label <> OLD.label
     OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'ss:key-kept: a signing key is never changed or deleted, only revoked once' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER account_keys_guard BEFORE UPDATE OR DELETE ON account_keys
  FOR EACH ROW EXECUTE FUNCTION ss_account_key_guard();
--> statement-breakpoint
CREATE TRIGGER account_keys_no_truncate BEFORE TRUNCATE ON account_keys
  FOR EACH STATEMENT EXECUTE FUNCTION ss_refuse_change();
--> statement-breakpoint
-- A participant's key and signature, once set, never change.
CREATE FUNCTION ss_participant_key_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.public_key IS NOT NULL AND NEW.public_key IS DISTINCT FROM OLD.public_key)
     OR (OLD.signature IS NOT NULL AND NEW.signature IS DISTINCT FROM OLD.signature)
     OR (OLD.signature_scheme IS NOT NULL AND NEW.signature_scheme IS DISTINCT FROM OLD.signature_scheme) THEN
    RAISE EXCEPTION 'ss:key-kept: a signer''s key and signature never change' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER draw_participants_key_guard BEFORE UPDATE ON draw_participants
  FOR EACH ROW EXECUTE FUNCTION ss_participant_key_guard();
