import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121134333 extends Migration {

  override async up(): Promise<void> {
    // Agreement numbers (SA-000001…) come from a sequence: unique across
    // concurrent creations without locking the table.
    this.addSql(`create sequence if not exists "sales_agreement_number_seq" start 1;`);
    this.addSql(`alter table if exists "sales_agreement_version" drop constraint if exists "sales_agreement_version_unique";`);
    this.addSql(`alter table if exists "sales_agreement_line" drop constraint if exists "sales_agreement_line_number_unique";`);
    this.addSql(`alter table if exists "sales_agreement" drop constraint if exists "sales_agreement_number_unique";`);
    this.addSql(`create table if not exists "sales_agreement" ("id" text not null, "number" text not null, "title" text null, "customer_id" text not null, "currency_code" text not null, "effective_date" timestamptz not null, "expiration_date" timestamptz not null, "status" text check ("status" in ('draft', 'effective', 'on_hold', 'closed')) not null default 'draft', "payment_terms" text null, "delivery_terms" text null, "shipping_address" jsonb null, "dimensions" jsonb null, "auto_apply" boolean not null default true, "confirmation_status" text check ("confirmation_status" in ('unconfirmed', 'confirmed', 'modified')) not null default 'unconfirmed', "current_version" integer not null default 0, "expired_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_deleted_at" ON "sales_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_number_unique" ON "sales_agreement" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_customer_status" ON "sales_agreement" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_agreement_ledger_entry" ("id" text not null, "sales_agreement_id" text not null, "sales_agreement_line_id" text not null, "kind" text check ("kind" in ('ordered', 'reversed', 'returned')) not null, "order_id" text null, "order_line_item_id" text null, "return_id" text null, "quantity" numeric not null, "amount" numeric not null, "currency_code" text not null, "idempotency_key" text not null, "metadata" jsonb null, "raw_quantity" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_ledger_entry_deleted_at" ON "sales_agreement_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_ledger_idempotency_key" ON "sales_agreement_ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_ledger_line" ON "sales_agreement_ledger_entry" ("sales_agreement_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_ledger_order" ON "sales_agreement_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_agreement_line" ("id" text not null, "line_number" integer not null, "commitment_type" text check ("commitment_type" in ('product_quantity', 'product_value', 'product_category_value', 'value')) not null, "product_variant_id" text null, "product_id" text null, "product_category_id" text null, "quantity" numeric null, "unit_label" text null, "amount" numeric null, "unit_price" numeric null, "price_unit" numeric null, "discount_percent" numeric null, "discount_amount" numeric null, "effective_date" timestamptz null, "expiration_date" timestamptz null, "max_enforced" boolean not null default false, "price_fixed" boolean not null default false, "min_release_amount" numeric null, "max_release_amount" numeric null, "dimensions" jsonb null, "metadata" jsonb null, "sales_agreement_id" text not null, "raw_quantity" jsonb null, "raw_amount" jsonb null, "raw_unit_price" jsonb null, "raw_price_unit" jsonb null, "raw_discount_percent" jsonb null, "raw_discount_amount" jsonb null, "raw_min_release_amount" jsonb null, "raw_max_release_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_line_sales_agreement_id" ON "sales_agreement_line" ("sales_agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_line_deleted_at" ON "sales_agreement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_line_number_unique" ON "sales_agreement_line" ("sales_agreement_id", "line_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_line_variant" ON "sales_agreement_line" ("product_variant_id") WHERE deleted_at IS NULL AND product_variant_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_line_product" ON "sales_agreement_line" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_line_category" ON "sales_agreement_line" ("product_category_id") WHERE deleted_at IS NULL AND product_category_id IS NOT NULL;`);

    this.addSql(`create table if not exists "sales_agreement_version" ("id" text not null, "version" integer not null, "snapshot" jsonb not null, "confirmed_by" text null, "confirmed_at" timestamptz not null, "sales_agreement_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_agreement_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_version_sales_agreement_id" ON "sales_agreement_version" ("sales_agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_version_deleted_at" ON "sales_agreement_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_agreement_version_unique" ON "sales_agreement_version" ("sales_agreement_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "sales_agreement_line" add constraint "sales_agreement_line_sales_agreement_id_foreign" foreign key ("sales_agreement_id") references "sales_agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "sales_agreement_version" add constraint "sales_agreement_version_sales_agreement_id_foreign" foreign key ("sales_agreement_id") references "sales_agreement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "sales_agreement_number_seq";`);
    this.addSql(`alter table if exists "sales_agreement_line" drop constraint if exists "sales_agreement_line_sales_agreement_id_foreign";`);

    this.addSql(`alter table if exists "sales_agreement_version" drop constraint if exists "sales_agreement_version_sales_agreement_id_foreign";`);

    this.addSql(`drop table if exists "sales_agreement" cascade;`);

    this.addSql(`drop table if exists "sales_agreement_ledger_entry" cascade;`);

    this.addSql(`drop table if exists "sales_agreement_line" cascade;`);

    this.addSql(`drop table if exists "sales_agreement_version" cascade;`);
  }

}
