/**
 * PostgreSQL restarts while the portal serves: the production build keeps answering (Indonesian notice,
 * 503 JSON, UNAVAILABLE action result), recovers by itself once the server is back, and a write cut off
 * mid-transaction leaves neither its row change nor its audit entry.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db-runtime/embedded";
import { migrateDeploy } from "@/lib/db-runtime/migrate";
import { seedDemoIfEmpty } from "@/lib/db-runtime/first-run";
import { actionId, assertBuilt, Session, startNext, type WebServer } from "@/bench/beban-http";

const NOTICE = "Basis data sedang tidak dapat dihubungi, coba lagi sebentar lagi.";
const ACTIONS_FILE = "app/(app)/instansi/[instansiId]/unor/actions.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-outage-"));
fs.chmodSync(dir, 0o755);
const dataDir = path.join(dir, "pg");
let pgPort = 0;
let pgServer: EmbeddedServer | null = null;
let web: WebServer | null = null;
let url = "";
let session: Session;
let instansiId = 0;
let unor = { id: 0, nama: "", version: 0 };

const startPg = async () => (pgServer = await startEmbeddedPostgres({ dataDir, port: pgPort }));
const stopPg = async () => {
  await pgServer?.stop();
  pgServer = null;
};

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

const unorPath = () => `/instansi/${instansiId}/unor`;
const renameAction = () => actionId(ACTIONS_FILE, "renameUnorAction");
type Result = { ok: boolean; code?: string; error?: string; data?: { version: number } };

beforeAll(async () => {
  assertBuilt();
  pgPort = await freePort();
  await startPg();
  await ensureDatabase(pgServer!.adminUrl, "siasn");
  url = pgServer!.urlFor("siasn");
  await migrateDeploy(url);
  await seedDemoIfEmpty(url);
  const [bkn] = await sql<{ instansiId: number }>(`SELECT "instansiId" FROM "User" WHERE username = 'operator.bkn'`);
  instansiId = bkn.instansiId;
  [unor] = await sql<{ id: number; nama: string; version: number }>(
    `SELECT id, nama, version FROM "Unor" WHERE "instansiId" = $1 AND "parentId" IS NOT NULL AND aktif ORDER BY id LIMIT 1`,
    [instansiId],
  );
  web = await startNext({ port: await freePort(), databaseUrl: url });
  session = new Session(web.base);
  await session.login("operator.bkn", "siasn-demo");
}, 240_000);

afterAll(async () => {
  await web?.stop();
  await stopPg();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("PostgreSQL stopped and started again under a running next start", () => {
  it("answers with the notice, 503 and UNAVAILABLE while down, then recovers without restarting next", async () => {
    const before = await session.fetch(unorPath());
    expect(before.status).toBe(200);
    expect(await before.text()).toContain(unor.nama);

    await stopPg();

    const t0 = performance.now();
    const page = await session.fetch(unorPath());
    const html = await page.text();
    const pageMs = performance.now() - t0;
    expect(html).toContain(NOTICE);
    expect(html).toContain("Coba lagi");
    expect(html).not.toMatch(/\n\s+at .+:\d+:\d+|PrismaClient|ECONNREFUSED|node_modules/);
    expect(pageMs).toBeLessThan(6_000); // the pool's connect timeout, not pg's endless wait

    const health = await session.fetch("/api/health");
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", database: { reachable: false } });

    const action = await session.action<Result>(unorPath(), renameAction(), [
      instansiId,
      { unorId: unor.id, version: unor.version, nama: `${unor.nama} (uji)`, alasan: "Perbaikan salah ketik saat uji" },
    ]);
    expect(action.status).toBe(200);
    expect(action.result).toMatchObject({ ok: false, code: "UNAVAILABLE", error: NOTICE });

    const startIssued = performance.now();
    await startPg();
    const restarted = performance.now();
    let recoveredMs = -1;
    for (let i = 0; i < 600 && recoveredMs < 0; i++) {
      const res = await session.fetch(unorPath());
      const body = await res.text();
      if (res.status === 200 && body.includes(unor.nama) && !body.includes(NOTICE)) recoveredMs = performance.now() - restarted;
      else await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`[outage] page while down answered in ${pageMs.toFixed(0)} ms; recovered ${recoveredMs.toFixed(0)} ms after PostgreSQL was back (${(restarted - startIssued).toFixed(0)} ms PostgreSQL start)`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(web!.child.exitCode).toBeNull(); // the same next process served throughout
    expect((await session.fetch("/api/health")).status).toBe(200);
    // Nothing was written while down.
    expect((await sql(`SELECT nama, version FROM "Unor" WHERE id = $1`, [unor.id]))[0]).toEqual({ nama: unor.nama, version: unor.version });
  }, 120_000);

  it("a rename cut off by the restart mid-transaction is absent (row and audit), and whole when retried", async () => {
    const nama = `${unor.nama} (diperbaiki)`;
    const input = { unorId: unor.id, version: unor.version, nama, alasan: "Perbaikan salah ketik saat uji" };
    const auditsBefore = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE entity = 'Unor' AND "entityId" = $1`, [String(unor.id)]);

    // Hold the audit table so the action's transaction stops after its UPDATE, at the audit INSERT.
    const blocker = new pg.Client({ connectionString: url });
    blocker.on("error", () => {}); // the restart ends this connection too
    await blocker.connect();
    await blocker.query(`BEGIN; LOCK TABLE "AuditLog" IN EXCLUSIVE MODE`);
    const inFlight = session.action<Result>(unorPath(), renameAction(), [instansiId, input]);
    let waiting = false;
    for (let i = 0; i < 200 && !waiting; i++) {
      const rows = await sql(
        `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "public"."AuditLog"%'`,
      );
      waiting = rows.length > 0;
      if (!waiting) await new Promise((r) => setTimeout(r, 50));
    }
    expect(waiting).toBe(true);
    // Its UPDATE of Unor is done but not committed when the server goes down.
    await stopPg();
    const answer = await inFlight;
    expect(answer.result).toMatchObject({ ok: false, code: "UNAVAILABLE", error: NOTICE });
    await blocker.end().catch(() => {});

    await startPg();
    const [row] = await sql<{ nama: string; version: number }>(`SELECT nama, version FROM "Unor" WHERE id = $1`, [unor.id]);
    const [audits] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE entity = 'Unor' AND "entityId" = $1`, [String(unor.id)]);
    expect(row).toEqual({ nama: unor.nama, version: unor.version });
    expect(audits.n).toBe(auditsBefore[0].n);

    // The user's retry once the database is back: both parts land together.
    let retry: Result | null = null;
    for (let i = 0; i < 100 && !retry?.ok; i++) {
      retry = (await session.action<Result>(unorPath(), renameAction(), [instansiId, input])).result;
      if (!retry?.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(retry).toMatchObject({ ok: true, data: { version: unor.version + 1 } });
    const [after] = await sql<{ nama: string; version: number }>(`SELECT nama, version FROM "Unor" WHERE id = $1`, [unor.id]);
    const audit = await sql<{ action: string; reason: string }>(
      `SELECT action, reason FROM "AuditLog" WHERE entity = 'Unor' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`,
      [String(unor.id)],
    );
    expect(after).toEqual({ nama, version: unor.version + 1 });
    expect(audit).toEqual([{ action: "RENAME", reason: "Perbaikan salah ketik saat uji" }]);
    const [auditsAfter] = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE entity = 'Unor' AND "entityId" = $1`, [String(unor.id)]);
    expect(Number(auditsAfter.n)).toBe(Number(auditsBefore[0].n) + 1);
  }, 120_000);
});
