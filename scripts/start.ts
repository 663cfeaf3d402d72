/**
 * `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data on first run
 * → production build when stale → `next start`. SIGINT (Ctrl-C) or SIGTERM at any step stops what
 * runs (build or web server first, then PostgreSQL) and exits 0.
 *
 * The signal handlers are installed before anything slow is loaded: the modules below are imported
 * dynamically, so that a signal during start-up meets our handler and not Node's (or tsx's) default,
 * which would exit with 128 + signal and leave PostgreSQL running.
 *
 * `npm start` runs `node --import tsx`, not the `tsx` command: tsx's wrapper process relays a signal
 * to its child and, if the child does not acknowledge it within ~60 ms (a busy event loop during
 * migrations or the demo load), SIGKILLs it and exits 143, orphaning PostgreSQL.
 */
import type { ChildProcess } from "node:child_process";

let child: ChildProcess | null = null;
let closeDb: () => Promise<void> = async () => {};
let stopping = false;
const say = (m: string) => console.log(`[siasn] ${m}`);

async function stopChild() {
  const c = child;
  if (!c || c.exitCode !== null || c.signalCode !== null) return;
  const exited = new Promise((r) => c.once("exit", r));
  c.kill("SIGTERM");
  const timer = setTimeout(() => c.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say("menghentikan…");
  await stopChild();
  await closeDb().catch((e) => console.error("[siasn] gagal menghentikan PostgreSQL:", e));
  say("berhenti.");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
// Once a stop has begun, connections that PostgreSQL closes under a running step are expected.
process.on("uncaughtException", (e) => {
  if (stopping) return;
  console.error("[siasn] kesalahan tak terduga:", e);
  void shutdown(1);
});

const { spawn } = await import("node:child_process");
const crypto = await import("node:crypto");
const fs = await import("node:fs");
const path = await import("node:path");

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.SIASN_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const devMode = process.argv.includes("--dev");
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} dtk`;

/** Thrown by a step that finds a stop under way: the shutdown in progress decides the exit code. */
class Stopping extends Error {}
const checkpoint = () => {
  if (stopping) throw new Stopping();
};

/** A secret that survives restarts (sessions stay valid) without being committed anywhere. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  checkpoint();
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child = c;
    c.on("exit", (code, signal) => {
      if (stopping) reject(new Stopping());
      else if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[1] ?? cmd)} ${args.slice(2).join(" ")} keluar dengan kode ${code ?? signal}`));
    });
  });
}

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const { openDatabase } = await import("../lib/db-runtime/database");
  const opening = openDatabase({ dataDir });
  // A stop while PostgreSQL is still starting waits for it to be up, then stops it: never an orphan.
  closeDb = async () => (await opening.catch(() => null))?.close();
  const database = await opening;
  checkpoint();
  say(database.embedded ? `PostgreSQL tertanam berjalan (data di ${path.relative(root, dataDir)}/pg) — ${elapsed()}` : "memakai DATABASE_URL");

  const { migrateDeploy } = await import("../lib/db-runtime/migrate");
  await migrateDeploy(database.url);
  checkpoint();
  say(`migrasi diterapkan — ${elapsed()}`);
  if (database.embedded) {
    const { seedDemoIfEmpty } = await import("../lib/db-runtime/first-run");
    const loaded = await seedDemoIfEmpty(database.url, say); // one transaction: a stop midway leaves none
    checkpoint();
    if (loaded) say(`data demo dimuat: ${JSON.stringify(loaded)} — ${elapsed()}`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: nextAuthSecret(),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const { buildIsStale } = await import("../lib/db-runtime/build");
  if (!devMode && (process.env.SIASN_FORCE_BUILD === "1" || buildIsStale(root))) {
    say("membangun aplikasi (next build)…");
    await run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
    say(`build selesai — ${elapsed()}`);
  }
  checkpoint();
  const web = spawn(process.execPath, [nextBin, devMode ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env: devMode ? env : { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  child = web;
  web.on("exit", (code, signal) => {
    if (stopping) return;
    // Ctrl-C in a terminal signals the whole process group: the web server may see it before we do.
    const bySignal = signal === "SIGINT" || signal === "SIGTERM" || code === 130 || code === 143;
    if (!bySignal) console.error(`[siasn] server web berhenti sendiri (kode ${code ?? signal}).`);
    void shutdown(bySignal || code === 0 ? 0 : 1);
  });
  say(`portal siap di http://localhost:${port} — ${elapsed()}`);
  if (database.embedded) {
    const { DEMO_PASSWORD, DEMO_USERS } = await import("../prisma/seed/demo-users");
    say(`akun demo (kata sandi: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) say(`  ${u.username.padEnd(16)} ${u.keterangan}`);
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Stopping) && !stopping) {
    console.error("[siasn] gagal memulai:", error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}
