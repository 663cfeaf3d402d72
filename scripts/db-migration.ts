/**
 * Creates a new migration from the difference between the committed migrations and schema.prisma:
 *   npm run db:migration -- <name>
 *
 * Why not `prisma migrate dev`: under the WASM schema engine (Prisma 6.19 with a driver adapter) it
 * asks the shadow database factory more than once per run and then fails ("PostgreSQL shadow DB must
 * be provided through an external factory", "null pointer passed to rust"). `migrate diff
 * --from-migrations` uses one shadow database, through our adapter factory, and works.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { runPrisma } from "../lib/db-runtime/migrate";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Pakai: npm run db:migration -- <nama_migrasi>");
  process.exit(2);
}
const migrationsDir = path.resolve(process.env.SIASN_MIGRATIONS_DIR ?? "prisma/migrations");
const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
try {
  const sql = await runPrisma(
    ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    database.url,
    { quiet: true },
  );
  if (/^\s*-- This is an empty migration\.\s*$/.test(sql)) {
    console.log("Tidak ada perubahan skema: tidak ada migrasi baru.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Migrasi baru: ${dir}`);
  }
} finally {
  await database.close();
}
