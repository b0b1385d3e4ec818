import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { CREATE_RECORD_LEDGER_FUNCTION_SQL, DROP_RECORD_LEDGER_FUNCTION_SQL } from "../queries/ledger";

/** The ledger's check-and-write as one server-side call (see queries/ledger.ts). */
export class Migration20261202031000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(CREATE_RECORD_LEDGER_FUNCTION_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(DROP_RECORD_LEDGER_FUNCTION_SQL);
  }

}
