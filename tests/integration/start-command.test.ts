import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db-runtime/embedded";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-start-"));
fs.chmodSync(dataDir, 0o755);
const started: ChildProcess[] = [];

interface Running {
  child: ChildProcess;
  port: number;
  pgPort: number;
  output: () => string;
}

/** `npm start` as a user runs it: no DATABASE_URL, data under SIASN_DATA_DIR. */
async function start(): Promise<Running> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const env = { ...process.env, SIASN_DATA_DIR: dataDir, PORT: String(port), SIASN_PG_PORT: String(pgPort) };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  delete (env as Record<string, string | undefined>).NEXTAUTH_URL;
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { cwd: root, env });
  started.push(child);
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start berhenti (kode ${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`npm start tidak siap:\n${out}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return { child, port, pgPort, output: () => out };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function stop(run: Running): Promise<number | null> {
  const exited = new Promise<number | null>((r) => run.child.once("exit", (code) => r(code)));
  run.child.kill("SIGTERM");
  return exited;
}

function postgresProcessesUsing(dir: string): string[] {
  const ps = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return ps.split("\n").filter((line) => line.includes("postgres") && line.includes(dir));
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

afterAll(() => {
  for (const c of started) if (c.exitCode === null) c.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("starts on an empty data dir with demo data, stops cleanly on SIGTERM, and keeps the data on the next start", async () => {
    const first = await start();
    expect(first.output()).toContain("operator.bkn");
    const login = await fetch(`http://127.0.0.1:${first.port}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("Nama pengguna");
    const [counts] = await query<{ instansi: string; users: string; pegawai: string }>(
      first.pgPort,
      `SELECT (SELECT count(*) FROM "Instansi") instansi, (SELECT count(*) FROM "User") users, (SELECT count(*) FROM "Pegawai") pegawai`,
    );
    expect(Number(counts.instansi)).toBeGreaterThanOrEqual(3);
    expect(Number(counts.pegawai)).toBeGreaterThanOrEqual(300);
    // A user's change that a second start must not overwrite.
    await query(first.pgPort, `UPDATE "Unor" SET "nama" = 'Unor Diubah Pengguna' WHERE id = (SELECT min(id) FROM "Unor")`);

    expect(await stop(first)).toBe(0);
    expect(postgresProcessesUsing(dataDir)).toEqual([]);

    const second = await start();
    expect(second.output()).not.toContain("data demo dimuat");
    const [after] = await query<{ instansi: string; users: string; pegawai: string }>(
      second.pgPort,
      `SELECT (SELECT count(*) FROM "Instansi") instansi, (SELECT count(*) FROM "User") users, (SELECT count(*) FROM "Pegawai") pegawai`,
    );
    expect(after).toEqual(counts);
    const renamed = await query<{ nama: string }>(second.pgPort, `SELECT nama FROM "Unor" WHERE id = (SELECT min(id) FROM "Unor")`);
    expect(renamed[0].nama).toBe("Unor Diubah Pengguna");
    expect(await stop(second)).toBe(0);
    expect(postgresProcessesUsing(dataDir)).toEqual([]);
  }, 600_000);
});
