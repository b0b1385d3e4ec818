import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121143225 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_agreement_return_link" ("id" text not null, "return_id" text not null, "order_id" text not null, "sales_agreement_id" text not null, "linked" boolean not null default true, "generation" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_return_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_return_link_deleted_at" ON "sales_agreement_return_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_return_link_return" ON "sales_agreement_return_link" ("return_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_agreement_return_link" cascade;`);
  }

}
