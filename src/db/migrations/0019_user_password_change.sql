-- Issue 10.5: an account created or reset by an administrator changes its password at first sign-in;
-- login copies this flag onto the session, and the officer's own password change clears both.
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;
