import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121140926 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_agreement_policy" ("id" text not null, "sales_agreement_id" text null, "name" text not null, "description" text null, "priority" integer not null, "conditions" jsonb not null, "event" jsonb not null, "enabled" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_policy_deleted_at" ON "sales_agreement_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_policy_global_name" ON "sales_agreement_policy" ("name") WHERE deleted_at IS NULL AND sales_agreement_id IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_policy_agreement_name" ON "sales_agreement_policy" ("sales_agreement_id", "name") WHERE deleted_at IS NULL AND sales_agreement_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_agreement_policy" cascade;`);
  }

}
