ALTER TABLE "entities" ADD COLUMN "created_by_import" uuid;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "updated_by_import" uuid;