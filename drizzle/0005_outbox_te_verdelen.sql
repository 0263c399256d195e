DROP INDEX "outbox_te_verdelen_idx";--> statement-breakpoint
CREATE INDEX "outbox_te_verdelen_idx" ON "outbox" USING btree ("created_at") WHERE "outbox"."verdeeld" is null;