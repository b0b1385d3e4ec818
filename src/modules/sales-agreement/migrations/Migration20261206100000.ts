import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { CREATE_LEDGER_BALANCE_SQL, DROP_LEDGER_BALANCE_SQL, REBUILD_LEDGER_BALANCE_SQL } from "../queries/ledger-balance";
import { CREATE_RECORD_LEDGER_FUNCTION_SQL } from "../queries/ledger";

/**
 * Each commitment's balance kept beside the ledger by triggers (see
 * queries/ledger-balance.ts), filled from the existing entries; the ledger's
 * check-and-write reads it instead of summing the entries.
 */
export class Migration20261206100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`lock table "sales_agreement_ledger_entry" in share mode;`);
    this.addSql(CREATE_LEDGER_BALANCE_SQL);
    this.addSql(REBUILD_LEDGER_BALANCE_SQL);
    this.addSql(CREATE_RECORD_LEDGER_FUNCTION_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(DROP_LEDGER_BALANCE_SQL);
  }

}
