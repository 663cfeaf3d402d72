import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

/** Runs the Prisma CLI (WASM schema engine through prisma.config.ts) against `databaseUrl`. */
export function runPrisma(args: string[], databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const cli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (!opts.quiet) process.stdout.write(out);
        resolve(out);
      } else reject(new Error(`prisma ${args.join(" ")} gagal (kode ${code}):\n${out}\n${err}`));
    });
  });
}

// Same lock id as Prisma Migrate, so our deploy and the CLI's never run at once.
const MIGRATE_LOCK = 72707369;

/**
 * Applies the committed migrations that are not yet applied, each in its own transaction, and records
 * them in Prisma's `_prisma_migrations` table (same columns and sha256 checksum), so `prisma migrate
 * status/deploy` agree with it. In-process because the WASM schema engine keeps the CLI alive for
 * 10 s after every command (a timer it never clears), which would add 10 s to every start.
 * Refuses to run when an applied migration's file was edited afterwards.
 */
export async function migrateDeploy(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A server that goes away (a stop during start-up) fails the pending query; without a listener the
  // client's 'error' event would also crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const applied = new Map(
      (
        await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
        )
      ).rows.map((r) => [r.migration_name, r]),
    );
    const names = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
      .map((d) => d.name)
      .sort();
    const done: string[] = [];
    for (const name of names) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const previous = applied.get(name);
      if (previous) {
        if (!previous.finished_at) throw new Error(`Migrasi ${name} pernah gagal di tengah jalan; perbaiki basis data lalu tandai dengan prisma migrate resolve.`);
        if (previous.checksum !== checksum) throw new Error(`Migrasi ${name} sudah diterapkan tetapi berkasnya diubah sesudahnya. Migrasi yang sudah diterapkan tidak boleh diedit.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migrasi ${name} gagal diterapkan: ${(error as Error).message}`);
      }
      done.push(name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}
