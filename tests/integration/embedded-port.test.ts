import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "@/lib/db-runtime/database";
import { freePort } from "@/lib/db-runtime/embedded";

// openDatabase picks the embedded server only without DATABASE_URL (this file's own database).
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, SIASN_PG_PORT: process.env.SIASN_PG_PORT };
const dirs: string[] = [];
const blockers: net.Server[] = [];
let opened: OpenedDatabase | null = null;

beforeEach(() => {
  delete process.env.DATABASE_URL;
  delete process.env.SIASN_PG_PORT;
});
afterEach(async () => {
  await opened?.close();
  opened = null;
  Object.assign(process.env, savedEnv);
});
afterAll(async () => {
  for (const b of blockers) await new Promise((r) => b.close(r));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function dataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-port-"));
  fs.chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}

/** Another program holding a port, as a second checkout's PostgreSQL would. */
async function occupy(): Promise<number> {
  const port = await freePort();
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(port, "127.0.0.1", () => r()));
  blockers.push(s);
  return port;
}

describe("embedded PostgreSQL port", () => {
  it("moves to the next free port when the remembered one is busy, says so, and remembers it", async () => {
    const dir = dataDir();
    const busy = await occupy();
    fs.writeFileSync(path.join(dir, "pg-port"), `${busy}\n`);
    const lines: string[] = [];
    opened = await openDatabase({ dataDir: dir, log: (l) => lines.push(l) });
    const chosen = Number(new URL(opened.url).port);
    expect(chosen).toBeGreaterThan(busy);
    expect(chosen).toBeLessThan(busy + 200);
    expect(fs.readFileSync(path.join(dir, "pg-port"), "utf8")).toBe(`${chosen}\n`);
    expect(lines.some((l) => l.includes(`port ${busy} sedang dipakai proses lain`) && l.includes(`memakai port ${chosen}`))).toBe(true);
    await opened.close();

    // The next start keeps the remembered port and says nothing about it.
    const again: string[] = [];
    opened = await openDatabase({ dataDir: dir, log: (l) => again.push(l) });
    expect(Number(new URL(opened.url).port)).toBe(chosen);
    expect(again.filter((l) => l.includes("sedang dipakai"))).toEqual([]);
  }, 60_000);

  it("refuses an explicitly chosen busy SIASN_PG_PORT with a message naming it", async () => {
    const busy = await occupy();
    process.env.SIASN_PG_PORT = String(busy);
    await expect(openDatabase({ dataDir: dataDir() })).rejects.toThrow(
      `Port ${busy} untuk PostgreSQL tertanam sedang dipakai proses lain. Hentikan proses itu, atau pilih port lain dengan SIASN_PG_PORT=<port>.`,
    );
  });

  it("refuses a second server on a data directory whose PostgreSQL already runs", async () => {
    const dir = dataDir();
    opened = await openDatabase({ dataDir: dir, port: await freePort() });
    await expect(openDatabase({ dataDir: dir, port: await freePort() })).rejects.toThrow(/sudah berjalan \(pid \d+, port \d+\).*npm start. lain masih berjalan/);
  }, 60_000);
});
