-- R-4.1, issue 10: a targeted inspection names its case or complaint reference and excludes its entity
-- from random draws (code 4) only once a leader approves it. Rows from before stay in force as approved.
ALTER TABLE "targeted_inspections" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD COLUMN "status" text DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ALTER COLUMN "status" SET DEFAULT 'pending';--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD COLUMN "approved_by" uuid REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD CONSTRAINT "targeted_status_check" CHECK ("status" IN ('pending', 'approved'));
