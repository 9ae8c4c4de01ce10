CREATE TABLE "plan_items" (
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "plan_items_plan_id_item_id_pk" PRIMARY KEY("plan_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rounds" jsonb NOT NULL,
	"rates" jsonb NOT NULL,
	"teams" jsonb NOT NULL,
	"yearly_cap" integer NOT NULL,
	"reserve_per_stratum" integer NOT NULL,
	"inspector_reserve" integer NOT NULL,
	"max_load" integer,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "task_conflicts" (
	"task_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"inspector" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "task_conflicts_task_id_entity_inspector_pk" PRIMARY KEY("task_id","entity","inspector")
);
--> statement-breakpoint
CREATE TABLE "task_entities" (
	"task_id" uuid NOT NULL,
	"public_id" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"stratum" text NOT NULL,
	"exclusion" smallint NOT NULL,
	"reason" text,
	CONSTRAINT "task_entities_task_id_public_id_pk" PRIMARY KEY("task_id","public_id")
);
--> statement-breakpoint
CREATE TABLE "task_inspectors" (
	"task_id" uuid NOT NULL,
	"badge_number" text NOT NULL,
	"inspector_id" uuid NOT NULL,
	"pool" text NOT NULL,
	"exclusion" smallint NOT NULL,
	"reason" text,
	CONSTRAINT "task_inspectors_task_id_badge_number_pk" PRIMARY KEY("task_id","badge_number")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"draw_date" date NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"item_codes" text[] NOT NULL,
	"teams" jsonb NOT NULL,
	"pool_size" integer NOT NULL,
	"eligible" integer NOT NULL,
	"inspector_count" integer NOT NULL,
	"eligible_inspectors" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "draw_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"role" text NOT NULL,
	"witness" text,
	"kind" text,
	"name" text NOT NULL,
	"user_id" uuid,
	"code_hash" text,
	"commit" text,
	"nonce" text,
	"committed_at" timestamp with time zone,
	"revealed_at" timestamp with time zone,
	"statement_digest" text,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" text NOT NULL,
	"task_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"suite" text NOT NULL,
	"status" text NOT NULL,
	"plan" jsonb NOT NULL,
	"plan_digest" text NOT NULL,
	"pool_digest" text NOT NULL,
	"inspector_digest" text NOT NULL,
	"pool_size" integer NOT NULL,
	"eligible" integer NOT NULL,
	"seed" text,
	"result_digest" text,
	"result" jsonb,
	"statement_digest" text,
	"abort_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revealed_at" timestamp with time zone,
	"computed_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"aborted_at" timestamp with time zone,
	CONSTRAINT "draws_draw_id_unique" UNIQUE("draw_id")
);
--> statement-breakpoint
CREATE TABLE "draw_replacements" (
	"draw_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"application_id" uuid NOT NULL,
	"record" jsonb NOT NULL,
	"digest" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "draw_replacements_draw_id_seq_pk" PRIMARY KEY("draw_id","seq"),
	CONSTRAINT "draw_replacements_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "replacement_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"out" text NOT NULL,
	"stratum" text,
	"entity" text,
	"pool" text,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"applicant_id" uuid,
	"applicant_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approver_id" uuid,
	"approver_name" text,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "replacement_evidence" (
	"application_id" uuid NOT NULL,
	"index" integer NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "replacement_evidence_application_id_index_pk" PRIMARY KEY("application_id","index")
);
--> statement-breakpoint
CREATE TABLE "targeted_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"item_id" uuid,
	"reason" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_conflicts" ADD CONSTRAINT "task_conflicts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_entities" ADD CONSTRAINT "task_entities_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_entities" ADD CONSTRAINT "task_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_inspectors" ADD CONSTRAINT "task_inspectors_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_inspectors" ADD CONSTRAINT "task_inspectors_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_participants" ADD CONSTRAINT "draw_participants_draw_id_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_participants" ADD CONSTRAINT "draw_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draws" ADD CONSTRAINT "draws_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draws" ADD CONSTRAINT "draws_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_replacements" ADD CONSTRAINT "draw_replacements_draw_id_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_replacements" ADD CONSTRAINT "draw_replacements_application_id_replacement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."replacement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacement_applications" ADD CONSTRAINT "replacement_applications_draw_id_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacement_applications" ADD CONSTRAINT "replacement_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacement_applications" ADD CONSTRAINT "replacement_applications_approver_id_users_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replacement_evidence" ADD CONSTRAINT "replacement_evidence_application_id_replacement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."replacement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD CONSTRAINT "targeted_inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD CONSTRAINT "targeted_inspections_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD CONSTRAINT "targeted_inspections_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targeted_inspections" ADD CONSTRAINT "targeted_inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_unit_year_name_idx" ON "plans" USING btree ("unit_id","year","name");--> statement-breakpoint
CREATE INDEX "task_entities_entity_idx" ON "task_entities" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_plan_round_idx" ON "tasks" USING btree ("plan_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "draw_participants_witness_idx" ON "draw_participants" USING btree ("draw_id","witness");--> statement-breakpoint
CREATE UNIQUE INDEX "draw_participants_role_idx" ON "draw_participants" USING btree ("draw_id","role") WHERE role <> 'witness';--> statement-breakpoint
CREATE UNIQUE INDEX "draw_participants_code_idx" ON "draw_participants" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "draws_one_live_per_task_idx" ON "draws" USING btree ("task_id") WHERE status <> 'aborted';--> statement-breakpoint
CREATE INDEX "targeted_inspections_entity_idx" ON "targeted_inspections" USING btree ("entity_id");