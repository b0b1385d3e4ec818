import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121141919 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sales_agreement_ledger_entry" add column if not exists "cart_id" text null, add column if not exists "cart_line_item_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_agreement_ledger_pending" ON "sales_agreement_ledger_entry" ("cart_id") WHERE deleted_at IS NULL AND order_id IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_sales_agreement_ledger_pending";`);
    this.addSql(`alter table if exists "sales_agreement_ledger_entry" drop column if exists "cart_id", drop column if exists "cart_line_item_id";`);
  }

}
