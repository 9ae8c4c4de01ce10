-- RDRAW-2 (DRAW.md §9): each stratum's private salt, the strata digest published at announcement and
-- the public part's digest signed in the statement. Confirmed draws stay unchangeable (draws_guard).
ALTER TABLE "draws" ADD COLUMN "salts" jsonb;--> statement-breakpoint
ALTER TABLE "draws" ADD COLUMN "strata_digest" text;--> statement-breakpoint
ALTER TABLE "draws" ADD COLUMN "public_digest" text;--> statement-breakpoint
ALTER TABLE "draws" ADD CONSTRAINT "draws_private_strata_check" CHECK (
  ("suite" LIKE 'RDRAW-2-%') = ("salts" IS NOT NULL AND "strata_digest" IS NOT NULL)
);
