import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121143820 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_agreement_event_log" ("id" text not null, "key" text not null, "event_name" text not null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_event_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_event_log_deleted_at" ON "sales_agreement_event_log" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_event_log_key" ON "sales_agreement_event_log" ("key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_agreement_event_log" cascade;`);
  }

}
