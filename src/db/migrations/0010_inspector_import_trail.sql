ALTER TABLE "inspectors" ADD COLUMN "created_by_import" uuid;--> statement-breakpoint
ALTER TABLE "inspectors" ADD COLUMN "updated_by_import" uuid;