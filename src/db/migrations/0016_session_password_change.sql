-- Issue 10.5: a session opened with the demo accounts' published password outside demo mode may do
-- nothing but change that password.
ALTER TABLE "sessions" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;
