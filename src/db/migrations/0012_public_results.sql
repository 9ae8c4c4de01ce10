CREATE TABLE "public_results" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "public_results_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_id" uuid NOT NULL,
	"public_id" text NOT NULL,
	"entity_name" text NOT NULL,
	"entity_code" text NOT NULL,
	"item_code" text NOT NULL,
	"year" integer NOT NULL,
	"result_code" text NOT NULL,
	"published_on" date NOT NULL,
	"body" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_results" ADD CONSTRAINT "public_results_record_id_inspection_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."inspection_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_results" ADD CONSTRAINT "public_results_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_results_newest_idx" ON "public_results" USING btree ("published_on" DESC NULLS LAST,"seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "public_results_code_idx" ON "public_results" USING btree ("entity_code");--> statement-breakpoint
CREATE INDEX "public_results_entity_idx" ON "public_results" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "public_results_item_year_idx" ON "public_results" USING btree ("item_code","year");
