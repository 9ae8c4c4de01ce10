-- Issue 10.5: optional second factor (TOTP, RFC 6238) per account. `totp_secret` is set when the officer
-- starts enrolling and counts only once `totp_enabled_at` is set (a code was confirmed); `totp_last_step`
-- refuses a code used once already (replay within its 30-second window).
ALTER TABLE "users" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;
