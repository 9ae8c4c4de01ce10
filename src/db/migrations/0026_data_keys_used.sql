-- Issue 10.7, made cheap at start: the data-key check read every encrypted row (a sort of the directory) and the
-- plain-ID conversion walked the primary key past every row (1M rows: 0.5 s and 1.8 s at each start). The data
-- keys that sealed rows are now recorded when they become current (start, rotation) and each is checked on one
-- of its rows; persons still in plain are found through an index that stays empty once they are converted.
CREATE TABLE "data_keys_used" (
  "key_id" text PRIMARY KEY,
  "recorded_at" timestamptz NOT NULL DEFAULT now()
);--> statement-breakpoint
INSERT INTO "data_keys_used" ("key_id")
  SELECT DISTINCT split_part(coalesce("id_number_enc", "contact_phone_enc"), ':', 2) FROM "entities"
  WHERE "id_number_enc" IS NOT NULL OR "contact_phone_enc" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "entities_plain_person_idx" ON "entities" ("id") WHERE "kind" = 'person' AND "code" NOT LIKE 'h1:%';
