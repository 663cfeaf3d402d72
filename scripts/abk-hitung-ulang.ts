/**
 * `npm run abk:hitung-ulang [-- --instansi <id>]`: recompute every ABK kebutuhan under the rule set in
 * force (after ADMIN adds a rule version), then check the recap against a full recompute.
 */
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";

const arg = process.argv.indexOf("--instansi");
const instansiId = arg > 0 ? Number(process.argv[arg + 1]) : undefined;
const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
process.env.DATABASE_URL = database.url;
try {
  await migrateDeploy(database.url);
  const { createPrismaClient } = await import("../lib/db");
  const { recomputeKebutuhanAbk } = await import("../lib/services/abk/recompute-kebutuhan-abk");
  const { verifyRekap } = await import("../lib/services/rekap/recompute-rekap");
  const { SYSTEM_ACTOR } = await import("../lib/auth/permissions");
  const db = createPrismaClient(database.url);
  const t0 = performance.now();
  const r = await recomputeKebutuhanAbk(db, SYSTEM_ACTOR, {
    instansiId,
    log: console.log,
    onProgress: (done, total) => console.log(`${done}/${total} instansi`),
  });
  console.log(`selesai dalam ${Math.round(performance.now() - t0)} ms:`, r);
  console.log("pemeriksaan rekap (0 = sesuai):", await verifyRekap(db));
  await db.$disconnect();
} finally {
  await database.close();
}
