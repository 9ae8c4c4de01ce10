-- Issue 10.7: personal numbers at rest. A person's `code` becomes the keyed hash of its ID number (the
-- upsert key), the ID number and the contact phone are stored encrypted, with a masked form for lists.
-- Existing plaintext ID numbers are converted by a start-up step (the key is not known to SQL).
ALTER TABLE "entities" ADD COLUMN "id_number_enc" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "id_number_masked" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "contact_phone_enc" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "contact_phone_hash" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "contact_phone_masked" text;--> statement-breakpoint
CREATE INDEX "entities_phone_hash_idx" ON "entities" ("unit_id", "contact_phone_hash") WHERE "contact_phone_hash" IS NOT NULL;
