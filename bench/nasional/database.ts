/**
 * Where the national dataset lives: a dedicated embedded PostgreSQL cluster in `.data/bench/pg`
 * (started here, or reused when another bench/generator process already runs it), one database
 * per scale (`nasional_<scale>`), or any server given by URL. Applies the migrations.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db-runtime/embedded";
import { migrateDeploy } from "../../lib/db-runtime/migrate";
import { databaseNameFor } from "./generate";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const BENCH_PG_DIR = path.join(PROJECT_ROOT, ".data", "bench", "pg");
export const DEFAULT_BENCH_PORT = 54339;

/** Server settings of the bench cluster (ALTER SYSTEM; applied once, then the server restarts). */
const BENCH_SETTINGS: Record<string, string> = {
  shared_buffers: "2GB",
  wal_level: "minimal",
  max_wal_senders: "0",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  maintenance_work_mem: "1GB",
};

export interface NasionalDatabase {
  url: string;
  database: string;
  /** Our embedded cluster (true) or a server given by URL (false). */
  embedded: boolean;
  close(): Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(true));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
  });
}

/** A postmaster already running on the bench data directory: its port, or null. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function tune(adminUrl: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    let changed = false;
    for (const [name, value] of Object.entries(BENCH_SETTINGS)) {
      const current = (await c.query(`SHOW ${name}`)).rows[0][name] as string;
      if (current !== value) {
        await c.query(`ALTER SYSTEM SET ${name} = '${value}'`);
        changed = true;
      }
    }
    return changed;
  } finally {
    await c.end();
  }
}

const USER = "postgres";
const PASSWORD = "siasn-embedded";

export async function openNasionalDatabase(opts: {
  scale: number;
  databaseUrl?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<NasionalDatabase> {
  const log = opts.log ?? (() => {});
  const database = databaseNameFor(opts.scale);
  if (opts.databaseUrl) {
    const url = new URL(opts.databaseUrl);
    const dbName = decodeURIComponent(url.pathname.replace(/^\//, "")) || database;
    url.pathname = `/${dbName}`;
    const admin = new URL(url.toString());
    admin.pathname = "/postgres";
    await ensureDatabase(admin.toString(), dbName).catch(() => false);
    await migrateDeploy(url.toString());
    return { url: url.toString(), database: dbName, embedded: false, close: async () => {} };
  }

  let server: EmbeddedServer | null = null;
  let port = runningPort(BENCH_PG_DIR);
  if (port) {
    log(`PostgreSQL bench sudah berjalan (port ${port}); dipakai bersama.`);
  } else {
    port = opts.port ?? DEFAULT_BENCH_PORT;
    if (await portInUse(port)) port = await freePort();
    const start = () => startEmbeddedPostgres({ dataDir: BENCH_PG_DIR, port: port!, ephemeral: true });
    server = await start();
    if (await tune(server.adminUrl)) {
      log("pengaturan server bench diterapkan (shared_buffers, WAL); server dimulai ulang.");
      await server.stop();
      server = await start();
    }
    log(`PostgreSQL bench dijalankan di port ${port} (${path.relative(PROJECT_ROOT, BENCH_PG_DIR)}).`);
  }
  const urlFor = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  await ensureDatabase(urlFor("postgres"), database);
  const url = urlFor(database);
  try {
    await migrateDeploy(url);
  } catch (error) {
    // Our own database: a migration edited after it was applied (the schema is still moving) means the
    // dataset is stale anyway. Recreate the database.
    log(`migrasi gagal (${(error as Error).message.split("\n")[0]}); basis data ${database} dibuat ulang.`);
    const admin = new pg.Client({ connectionString: urlFor("postgres") });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    await migrateDeploy(url);
  }
  const owned = server;
  return {
    url,
    database,
    embedded: true,
    close: async () => {
      if (owned) await owned.stop();
    },
  };
}
