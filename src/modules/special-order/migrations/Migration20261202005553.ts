import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202005553 extends Migration {

  override async up(): Promise<void> {
    // PO numbers (PO-000001…) come from a sequence: unique across processes.
    this.addSql(`create sequence if not exists "special_order_purchase_order_number_seq" start 1;`);
    this.addSql(`create table if not exists "special_order_line_purchasing_code" ("id" text not null, "order_id" text not null, "order_line_item_id" text not null, "purchasing_code_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_line_purchasing_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_line_purchasing_code_deleted_at" ON "special_order_line_purchasing_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_special_order_line_code_item" ON "special_order_line_purchasing_code" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_line_code_order" ON "special_order_line_purchasing_code" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "special_order_purchase_order" ("id" text not null, "number" text not null, "vendor_id" text not null, "status" text check ("status" in ('draft', 'sent', 'acknowledged', 'partially_received', 'received', 'canceled')) not null default 'draft', "kind" text check ("kind" in ('special_order', 'drop_shipment')) not null, "currency_code" text not null, "ship_to" jsonb null, "order_id" text null, "due_date" timestamptz null, "expected_ship_date" timestamptz null, "carrier" text null, "tracking_number" text null, "sent_at" timestamptz null, "acknowledged_at" timestamptz null, "shipped_at" timestamptz null, "received_at" timestamptz null, "canceled_at" timestamptz null, "access_token_hash" text null, "access_token_expires_at" timestamptz null, "notes" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_purchase_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_deleted_at" ON "special_order_purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_number" ON "special_order_purchase_order" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_vendor" ON "special_order_purchase_order" ("vendor_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_token" ON "special_order_purchase_order" ("access_token_hash") WHERE deleted_at IS NULL AND access_token_hash IS NOT NULL;`);

    this.addSql(`create table if not exists "special_order_purchase_order_line" ("id" text not null, "line_number" integer not null, "requisition_line_id" text not null, "order_id" text not null, "order_line_item_id" text not null, "product_variant_id" text not null, "vendor_sku" text null, "title" text null, "quantity" integer not null, "quantity_received" integer not null default 0, "unit_cost" numeric null, "due_date" timestamptz null, "flagged" boolean not null default false, "flag_reason" text null, "metadata" jsonb null, "purchase_order_id" text not null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_purchase_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_line_purchase_order_id" ON "special_order_purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchase_order_line_deleted_at" ON "special_order_purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_po_line_requisition" ON "special_order_purchase_order_line" ("requisition_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_po_line_order_line" ON "special_order_purchase_order_line" ("order_line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "special_order_purchasing_code" ("id" text not null, "code" text not null, "description" text null, "kind" text check ("kind" in ('special_order', 'drop_shipment')) not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_purchasing_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_purchasing_code_deleted_at" ON "special_order_purchasing_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_special_order_purchasing_code_code" ON "special_order_purchasing_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "special_order_requisition_line" ("id" text not null, "vendor_id" text null, "product_variant_id" text not null, "vendor_sku" text null, "title" text null, "quantity" integer not null, "unit_cost" numeric null, "currency_code" text null, "due_date" timestamptz null, "action_message" text check ("action_message" in ('new', 'cancel')) not null default 'new', "status" text check ("status" in ('open', 'carried_out', 'canceled')) not null default 'open', "kind" text check ("kind" in ('special_order', 'drop_shipment')) not null, "purchasing_code_id" text not null, "order_id" text not null, "order_line_item_id" text not null, "ship_to" jsonb null, "purchase_order_id" text null, "purchase_order_line_id" text null, "carried_out_at" timestamptz null, "canceled_at" timestamptz null, "metadata" jsonb null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_requisition_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_requisition_line_deleted_at" ON "special_order_requisition_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_special_order_requisition_order_line" ON "special_order_requisition_line" ("order_line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_requisition_order" ON "special_order_requisition_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_requisition_status" ON "special_order_requisition_line" ("status", "vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "special_order_variant_sourcing" ("id" text not null, "vendor_id" text not null, "product_variant_id" text not null, "vendor_sku" text null, "unit_cost" numeric not null, "purchasing_code_id" text null, "previous_manage_inventory" boolean null, "metadata" jsonb null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_variant_sourcing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_variant_sourcing_deleted_at" ON "special_order_variant_sourcing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_special_order_variant_sourcing_variant" ON "special_order_variant_sourcing" ("product_variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_variant_sourcing_vendor" ON "special_order_variant_sourcing" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "special_order_vendor" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "currency_code" text not null, "lead_time_days" integer not null default 0, "address" jsonb null, "notes" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "special_order_vendor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_special_order_vendor_deleted_at" ON "special_order_vendor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "special_order_purchase_order_line" add constraint "special_order_purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "special_order_purchase_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "special_order_purchase_order_number_seq";`);
    this.addSql(`alter table if exists "special_order_purchase_order_line" drop constraint if exists "special_order_purchase_order_line_purchase_order_id_foreign";`);

    this.addSql(`drop table if exists "special_order_line_purchasing_code" cascade;`);

    this.addSql(`drop table if exists "special_order_purchase_order" cascade;`);

    this.addSql(`drop table if exists "special_order_purchase_order_line" cascade;`);

    this.addSql(`drop table if exists "special_order_purchasing_code" cascade;`);

    this.addSql(`drop table if exists "special_order_requisition_line" cascade;`);

    this.addSql(`drop table if exists "special_order_variant_sourcing" cascade;`);

    this.addSql(`drop table if exists "special_order_vendor" cascade;`);
  }

}
