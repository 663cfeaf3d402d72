/**
 * `npm run db:seed`: loads the demo data, explicitly. Into the embedded server by default, or into
 * DATABASE_URL when set — but only when that database holds no instansi and no users yet.
 */
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";
import { seedDemoIfEmpty } from "../lib/db-runtime/first-run";

const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
try {
  await migrateDeploy(database.url);
  const loaded = await seedDemoIfEmpty(database.url, (m) => console.log(m));
  if (loaded) console.log("Data demo dimuat:", loaded);
  else {
    console.error("Basis data sudah berisi data: data demo tidak dimuat agar tidak menimpa pekerjaan yang ada.");
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
