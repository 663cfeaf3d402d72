/** `npm run db:migrate`: applies the committed migrations (embedded server, or DATABASE_URL). */
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";

const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
try {
  await migrateDeploy(database.url);
  console.log("Migrasi diterapkan.");
} finally {
  await database.close();
}
