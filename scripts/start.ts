/**
 * `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data on first run
 * → production build when stale → `next start`. Ctrl-C / SIGTERM stops the web server and PostgreSQL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";
import { seedDemoIfEmpty } from "../lib/db-runtime/first-run";
import { buildIsStale } from "../lib/db-runtime/build";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.SIASN_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const devMode = process.argv.includes("--dev");
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} dtk`;
const say = (m: string) => console.log(`[siasn] ${m}`);

fs.mkdirSync(dataDir, { recursive: true });

let web: ChildProcess | null = null;
let closeDb: () => Promise<void> = async () => {};
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say("menghentikan…");
  if (web && web.exitCode === null) {
    const exited = new Promise((r) => web!.once("exit", r));
    web.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (web.exitCode === null) web.kill("SIGKILL");
  }
  await closeDb().catch((e) => console.error("[siasn] gagal menghentikan PostgreSQL:", e));
  say("berhenti.");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

/** A secret that survives restarts (sessions stay valid) without being committed anywhere. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} keluar dengan kode ${code}`))));
  });
}

try {
  const database = await openDatabase({ dataDir });
  closeDb = database.close;
  say(database.embedded ? `PostgreSQL tertanam berjalan (data di ${path.relative(root, dataDir)}/pg) — ${elapsed()}` : "memakai DATABASE_URL");
  await migrateDeploy(database.url);
  say(`migrasi diterapkan — ${elapsed()}`);
  if (database.embedded) {
    const loaded = await seedDemoIfEmpty(database.url, say);
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
  if (!devMode && (process.env.SIASN_FORCE_BUILD === "1" || buildIsStale(root))) {
    say("membangun aplikasi (next build)…");
    await run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
    say(`build selesai — ${elapsed()}`);
  }
  web = spawn(process.execPath, [nextBin, devMode ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env: devMode ? env : { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  web.on("exit", (code) => void shutdown(code ?? 1));
  say(`portal siap di http://localhost:${port} — ${elapsed()}`);
  if (database.embedded) {
    say(`akun demo (kata sandi: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) say(`  ${u.username.padEnd(16)} ${u.keterangan}`);
  }
} catch (error) {
  console.error("[siasn] gagal memulai:", error instanceof Error ? error.message : error);
  await shutdown(1);
}
