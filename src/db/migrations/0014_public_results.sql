-- The DESC NULLS LAST index of 0012 cannot serve ORDER BY published_on DESC, seq DESC (NULLS FIRST); read
-- backwards, an ascending one does (EXPLAIN ANALYZE on 100,000 rows: sort of the whole table → index scan).
DROP INDEX "public_results_newest_idx";--> statement-breakpoint
CREATE INDEX "public_results_newest_idx" ON "public_results" USING btree ("published_on","seq");