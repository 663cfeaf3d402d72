import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db-runtime/embedded";

const root = path.resolve(import.meta.dirname, "..", "..");
const tempDirs: string[] = [];
const started: ChildProcess[] = [];
// A build that this file interrupts on purpose goes to its own folder, never into the real `.next`.
const throwawayNextDir = `.next-starttest-${process.pid}`;

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-start-"));
  fs.chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

interface Launched {
  child: ChildProcess;
  port: number;
  pgPort: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// The words of package.json's "start", so that the test runs the very command a user runs.
const startScript: string = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
const startArgs = startScript.split(" ").slice(1); // "node" → process.execPath

/** `npm start` as a user runs it: no DATABASE_URL, data under SIASN_DATA_DIR. */
async function launch(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Launched> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, SIASN_DATA_DIR: dataDir, PORT: String(port), SIASN_PG_PORT: String(pgPort), ...extraEnv };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_URL;
  const child = spawn(process.execPath, startArgs, { cwd: root, env });
  started.push(child);
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once("exit", (code, signal) => r({ code, signal })));
  return { child, port, pgPort, output: () => out, exit };
}

async function waitFor(what: string, run: Launched, ready: () => boolean | Promise<boolean>, ms = 240_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`npm start berhenti (kode ${run.child.exitCode}) sebelum ${what}:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start: ${what} tidak terjadi:\n${run.output()}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const healthy = (run: Launched) => async () => {
  try {
    return (await fetch(`http://127.0.0.1:${run.port}/api/health`)).ok;
  } catch {
    return false; // not listening yet
  }
};

async function startReady(dataDir: string): Promise<Launched> {
  const run = await launch(dataDir);
  await waitFor("portal siap", run, healthy(run));
  return run;
}

async function stop(run: Launched, signal: NodeJS.Signals = "SIGTERM") {
  run.child.kill(signal);
  return run.exit;
}

function processesMatching(...parts: string[]): string[] {
  const ps = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return ps.split("\n").filter((line) => parts.every((p) => line.includes(p)));
}

async function query<T extends pg.QueryResultRow>(pgPort: number, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: `postgresql://postgres:siasn-embedded@127.0.0.1:${pgPort}/siasn` });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const COUNTS = `SELECT (SELECT count(*) FROM "Instansi") instansi, (SELECT count(*) FROM "User") users, (SELECT count(*) FROM "Pegawai") pegawai`;

afterAll(() => {
  for (const c of started) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  fs.rmSync(path.join(root, throwawayNextDir), { recursive: true, force: true });
});

describe("npm start", () => {
  it("starts on an empty data dir with demo data, stops cleanly on SIGTERM, and keeps the data on the next start (stopped by SIGINT)", async () => {
    const dataDir = newDataDir();
    const first = await startReady(dataDir);
    expect(first.output()).toContain("operator.bkn");
    const login = await fetch(`http://127.0.0.1:${first.port}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("Nama pengguna");
    const [counts] = await query<{ instansi: string; users: string; pegawai: string }>(first.pgPort, COUNTS);
    expect(Number(counts.instansi)).toBeGreaterThanOrEqual(3);
    expect(Number(counts.pegawai)).toBeGreaterThanOrEqual(300);
    // A user's change that a second start must not overwrite.
    await query(first.pgPort, `UPDATE "Unor" SET "nama" = 'Unor Diubah Pengguna' WHERE id = (SELECT min(id) FROM "Unor")`);

    expect(await stop(first)).toEqual({ code: 0, signal: null });
    expect(processesMatching("postgres", dataDir)).toEqual([]);

    const second = await startReady(dataDir);
    expect(second.output()).not.toContain("data demo dimuat");
    const [after] = await query<{ instansi: string; users: string; pegawai: string }>(second.pgPort, COUNTS);
    expect(after).toEqual(counts);
    const renamed = await query<{ nama: string }>(second.pgPort, `SELECT nama FROM "Unor" WHERE id = (SELECT min(id) FROM "Unor")`);
    expect(renamed[0].nama).toBe("Unor Diubah Pengguna");
    expect(await stop(second, "SIGINT")).toEqual({ code: 0, signal: null });
    expect(processesMatching("postgres", dataDir)).toEqual([]);
  }, 600_000);

  it("SIGTERM while PostgreSQL is still starting exits 0 and leaves no postgres process", async () => {
    const dataDir = newDataDir();
    const run = await launch(dataDir);
    await waitFor("initdb/postgres berjalan", run, () => processesMatching(dataDir).some((l) => /initdb|postgres/.test(l)), 60_000);
    expect(await stop(run)).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain("[siasn] berhenti.");
    expect(processesMatching("postgres", dataDir)).toEqual([]);
  }, 120_000);

  it("SIGTERM during migrations and the demo load exits 0, and the next start loads the whole demo data", async () => {
    const dataDir = newDataDir();
    const run = await launch(dataDir);
    await waitFor("PostgreSQL berjalan", run, () => run.output().includes("PostgreSQL tertanam berjalan"));
    expect(await stop(run)).toEqual({ code: 0, signal: null });
    expect(run.output()).not.toContain("data demo dimuat");
    expect(processesMatching("postgres", dataDir)).toEqual([]);

    // The demo load is one transaction: stopped midway, it left nothing, so this start loads it whole.
    const again = await launch(dataDir);
    await waitFor("migrasi diterapkan", again, () => again.output().includes("migrasi diterapkan"));
    expect(await stop(again)).toEqual({ code: 0, signal: null });
    const third = await startReady(dataDir);
    expect(third.output()).toContain("data demo dimuat");
    const [counts] = await query<{ instansi: string }>(third.pgPort, COUNTS);
    expect(Number(counts.instansi)).toBeGreaterThanOrEqual(3);
    expect(await stop(third)).toEqual({ code: 0, signal: null });
    expect(processesMatching("postgres", dataDir)).toEqual([]);
  }, 600_000);

  it("SIGTERM during the production build exits 0 and stops the build and PostgreSQL", async () => {
    const dataDir = newDataDir();
    const run = await launch(dataDir, { SIASN_FORCE_BUILD: "1", SIASN_NEXT_DIR: throwawayNextDir });
    await waitFor("next build berjalan", run, () => run.output().includes("membangun aplikasi"));
    const nextBin = path.join(root, "node_modules/next/dist/bin/next");
    await waitFor("proses next build", run, () => processesMatching(nextBin, "build").length > 0, 30_000);
    expect(await stop(run)).toEqual({ code: 0, signal: null });
    expect(run.output()).not.toContain("portal siap");
    expect(processesMatching(nextBin, "build")).toEqual([]);
    expect(processesMatching("postgres", dataDir)).toEqual([]);
  }, 600_000);
});
