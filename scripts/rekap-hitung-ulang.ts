/** `npm run rekap:hitung-ulang`: full national recap recompute, timed, then the consistency check. */
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";

const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
try {
  await migrateDeploy(database.url);
  const { createPrismaClient } = await import("../lib/db");
  const { recomputeRekap, verifyRekap } = await import("../lib/services/rekap/recompute-rekap");
  const { SYSTEM_ACTOR } = await import("../lib/auth/permissions");
  const db = createPrismaClient(database.url);
  console.log("memeriksa rekap sebelum hitung ulang (0 = sesuai):", await verifyRekap(db));
  const { ms } = await recomputeRekap(db, SYSTEM_ACTOR);
  console.log(`rekap nasional dihitung ulang dalam ${ms} ms`);
  console.log("pemeriksaan sesudahnya:", await verifyRekap(db));
  await db.$disconnect();
} finally {
  await database.close();
}
