/**
 * `npm run bench:beban -- --users 200 --seconds 60 --scale 0.1`: drives the production build with N
 * signed-in operators of different instansi (plus a few pimpinan reading the national recap) against
 * the national dataset, then checks that every acknowledged write is in the database and that the
 * recap tables agree with the base tables (verifyRekap). Prints p50/p95/p99 per kind of request,
 * throughput, error rate and the next server's peak RSS; writes bench/out/beban-<scale>-<ts>.json.
 * Targets are reported, never asserted. Needs `npx next build` first. Traffic goes to 127.0.0.1 only.
 *
 *   --users N      operators (default 200)          --seconds S   timed run (default 60)
 *   --scale S      dataset scale (default 0.1)      --think-ms T  pause between a user's requests,
 *   --readers N    pimpinan readers (default users/10)            uniform 0.5T–1.5T (default 1000)
 *   --port P / --database-url URL                   as for data:nasional
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../lib/db-runtime/embedded";
import { mulberry32 } from "../lib/random";
import { openNasionalDatabase, PROJECT_ROOT } from "./nasional/database";
import { generateNasional, scaleLabel } from "./nasional/generate";
import { actionId, assertBuilt, percentile, Session, startNext, unorRouterStateTree } from "./beban-http";
import { BENCH_PASSWORD, prepareUsers, type UserPlan } from "./beban-setup";
import { checkWrites, type Acked } from "./beban-check";
import { sampleRss } from "./beban-rss";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    scale: { type: "string", default: "0.1" },
    "think-ms": { type: "string", default: "1000" },
    readers: { type: "string" },
    port: { type: "string" },
    "database-url": { type: "string" },
  },
});
const USERS = Number(values.users);
const SECONDS = Number(values.seconds);
const scale = Number(values.scale);
const THINK = Number(values["think-ms"]);
const READERS = values.readers !== undefined ? Number(values.readers) : Math.max(1, Math.round(USERS / 10));
const MAX_OPS_PER_USER = 100_000; // the clock ends the run; this only bounds the loop
const log = (l: string) => console.log(l);
assertBuilt();

const ACTIONS = "app/(app)/instansi/[instansiId]/unor/actions.ts";
const ids = {
  rename: actionId(ACTIONS, "renameUnorAction"),
  place: actionId(ACTIONS, "placeJabatanAction"),
  kebutuhan: actionId(ACTIONS, "updateKebutuhanAction"),
};
type Kind = "tree" | "rename" | "place" | "kebutuhan" | "dashboard" | "rekap-jabatan" | "login";
const OPERATOR_MIX: [Kind, number][] = [["tree", 0.4], ["kebutuhan", 0.3], ["rename", 0.15], ["place", 0.15]];
const READER_MIX: [Kind, number][] = [["dashboard", 0.5], ["rekap-jabatan", 0.5]];
const WRITES = new Set<Kind>(["rename", "place", "kebutuhan"]);

interface Sample { kind: Kind; ms: number; ok: boolean; at: number; error?: string }
const samples: Sample[] = [];
const acked: Acked[] = [];
type ActionAnswer = { ok: boolean; code?: string; error?: string; data?: { id: number; version?: number; nama?: string; kebutuhan?: number } };

const db = await openNasionalDatabase({ scale, databaseUrl: values["database-url"], port: values.port ? Number(values.port) : undefined, log });
let exitCode = 0;
try {
  await generateNasional({ url: db.url, scale, log, dropIndexes: true, skipForeignKeys: true });
  const plans = await prepareUsers(db.url, { operators: USERS, readers: READERS, perUser: 5 });
  const web = await startNext({ port: await freePort(), databaseUrl: db.url });
  const rss = sampleRss(web.child.pid!);
  try {
    log(`next start di ${web.base}; ${USERS} operator + ${READERS} pimpinan masuk…`);
    const sessions = new Map<string, Session>();
    for (let i = 0; i < plans.length; i += 10) {
      await Promise.all(
        plans.slice(i, i + 10).map(async (p) => {
          const s = new Session(web.base);
          const t = performance.now();
          await s.login(p.username, BENCH_PASSWORD);
          samples.push({ kind: "login", ms: performance.now() - t, ok: true, at: 0 });
          sessions.set(p.username, s);
        }),
      );
    }
    log(`berjalan ${SECONDS} dtk (jeda berpikir ${THINK} ms)…`);
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(plans.map((p, i) => runUser(p, sessions.get(p.username)!, mulberry32(i + 1), deadline, started)));
    const elapsed = (Date.now() - started) / 1000;
    const peakRssMb = rss.stop();

    const check = await checkWrites(db.url, acked, plans, new Date(started - 1000));
    process.env.DATABASE_URL = db.url;
    const { verifyRekap } = await import("../lib/services/rekap/recompute-rekap");
    const { db: appDb } = await import("../lib/db");
    const tv = performance.now();
    const rekapDiff = await verifyRekap(appDb());
    const verifyMs = Math.round(performance.now() - tv);
    await appDb().$disconnect();

    const report = summarise(elapsed, peakRssMb, check, rekapDiff, verifyMs);
    const outDir = path.join(PROJECT_ROOT, "bench", "out");
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `beban-${scaleLabel(scale)}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2));
    // The server's own log names the cause behind each INTERNAL reference code.
    fs.writeFileSync(file.replace(/\.json$/, "-next.log"), web.output());
    log(`ditulis: ${path.relative(PROJECT_ROOT, file)} (+ -next.log)`);
  } finally {
    rss.stop();
    await web.stop();
  }
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);

function pick(mix: [Kind, number][], r: number): Kind {
  let acc = 0;
  for (const [k, w] of mix) if (r < (acc += w)) return k;
  return mix[mix.length - 1][0];
}

async function runUser(plan: UserPlan, s: Session, rnd: () => number, deadline: number, started: number) {
  const state = plan.kind === "operator" ? { renames: 0, placed: 0 } : null;
  await new Promise((r) => setTimeout(r, rnd() * THINK)); // spread the first requests
  for (let n = 0; n < MAX_OPS_PER_USER && Date.now() < deadline; n++) {
    const kind = pick(plan.kind === "operator" ? OPERATOR_MIX : READER_MIX, rnd());
    const t = performance.now();
    let ok = false;
    let error: string | undefined;
    try {
      if (plan.kind === "pimpinan") {
        const url = kind === "dashboard" ? "/dashboard" : `/dashboard/jabatan/${plan.jabatanIds[Math.floor(rnd() * plan.jabatanIds.length)]}`;
        const res = await s.fetch(url);
        await res.arrayBuffer();
        ok = res.status === 200;
        if (!ok) error = `HTTP ${res.status}`;
      } else if (kind === "tree") {
        const res = await s.fetch(`/instansi/${plan.instansiId}/unor`);
        await res.arrayBuffer();
        ok = res.status === 200;
        if (!ok) error = `HTTP ${res.status}`;
      } else {
        const page = `/instansi/${plan.instansiId}/unor`;
        let args: unknown;
        let record: (d: NonNullable<ActionAnswer["data"]>) => void = () => {};
        if (kind === "rename" && plan.units.length) {
          const u = plan.units[state!.renames % plan.units.length];
          const nama = `${u.nama.slice(0, 200)} (rev ${++state!.renames})`;
          args = { unorId: u.id, version: u.version, nama, alasan: "Perbaikan salah ketik (uji beban)" };
          record = (d) => {
            u.version = d.version!;
            acked.push({ kind: "rename", id: u.id, nama });
          };
        } else if (kind === "place" && plan.placements.length > state!.placed) {
          const p = plan.placements[state!.placed++];
          const kebutuhan = 1 + Math.floor(rnd() * 5);
          args = { ...p, kebutuhan };
          record = (d) => acked.push({ kind: "place", id: d.id, unorId: p.unorId, jabatanId: p.jabatanId, kebutuhan });
        } else if (plan.cells.length) {
          const c = plan.cells[Math.floor(rnd() * plan.cells.length)];
          const kebutuhan = Math.floor(rnd() * 40);
          args = { petaJabatanId: c.id, version: c.version, kebutuhan };
          record = (d) => {
            c.version = d.version!;
            acked.push({ kind: "kebutuhan", id: c.id, kebutuhan });
          };
        }
        if (args === undefined) continue;
        const kindDone: Kind = (args as { petaJabatanId?: number }).petaJabatanId ? "kebutuhan" : kind;
        const res = await s.action<ActionAnswer>(page, ids[kindDone as "rename" | "place" | "kebutuhan"], [plan.instansiId, args], unorRouterStateTree(plan.instansiId));
        ok = res.status === 200 && res.result?.ok === true;
        if (ok) record(res.result!.data!);
        else error = res.result ? `${res.result.code}: ${res.result.error}` : `HTTP ${res.status}`;
        samples.push({ kind: kindDone, ms: performance.now() - t, ok, at: Date.now() - started, error });
        await new Promise((r) => setTimeout(r, THINK * (0.5 + rnd())));
        continue;
      }
    } catch (e) {
      error = (e as Error).name === "TimeoutError" ? "timeout 30 s" : String((e as Error).message);
    }
    samples.push({ kind, ms: performance.now() - t, ok, at: Date.now() - started, error });
    await new Promise((r) => setTimeout(r, THINK * (0.5 + rnd())));
  }
}

function summarise(elapsed: number, peakRssMb: number, check: Awaited<ReturnType<typeof checkWrites>>, rekapDiff: object, verifyMs: number) {
  const timed = samples.filter((s) => s.kind !== "login");
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const perKind = Object.fromEntries(
    kinds.map((k) => {
      const of = samples.filter((s) => s.kind === k);
      const ms = of.map((s) => s.ms).sort((a, b) => a - b);
      return [k, { n: of.length, errors: of.filter((s) => !s.ok).length, p50: r1(percentile(ms, 50)), p95: r1(percentile(ms, 95)), p99: r1(percentile(ms, 99)), max: r1(ms.at(-1) ?? 0) }];
    }),
  );
  const writes = timed.filter((s) => WRITES.has(s.kind)).map((s) => s.ms).sort((a, b) => a - b);
  const errors = timed.filter((s) => !s.ok);
  const errorKinds: Record<string, number> = {};
  for (const e of errors) {
    const key = `${e.kind} ${String(e.error).replace(/kode \w+/, "kode …")}`;
    errorKinds[key] = (errorKinds[key] ?? 0) + 1;
  }
  const writeP95 = r1(percentile(writes, 95));
  const errorRate = timed.length ? errors.length / timed.length : 0;
  log(`\n${"jenis".padEnd(15)} ${"n".padStart(7)} ${"galat".padStart(6)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"maks".padStart(8)}  (ms)`);
  for (const [k, v] of Object.entries(perKind))
    log(`${k.padEnd(15)} ${String(v.n).padStart(7)} ${String(v.errors).padStart(6)} ${String(v.p50).padStart(8)} ${String(v.p95).padStart(8)} ${String(v.p99).padStart(8)} ${String(v.max).padStart(8)}`);
  log(`throughput ${r1(timed.length / elapsed)} req/dtk selama ${r1(elapsed)} dtk; galat ${(errorRate * 100).toFixed(3)} % (${errors.length}/${timed.length})`);
  for (const [k, n] of Object.entries(errorKinds).slice(0, 10)) log(`  galat ${n}× ${k}`);
  log(`tulis p95 ${writeP95} ms  ${writeP95 <= 400 ? "PASS" : "FAIL"} (≤ 400 ms); galat ${errorRate < 0.001 ? "PASS" : "FAIL"} (< 0,1 %)`);
  log(`RSS puncak next start: ${peakRssMb} MB`);
  log(`tulisan diakui: ${check.acknowledged}; hilang: ${check.lost.length}; audit ${JSON.stringify(check.audit)}`);
  log(`verifyRekap: ${JSON.stringify(rekapDiff)} (${(verifyMs / 1000).toFixed(1)} dtk)`);
  return {
    at: new Date().toISOString(),
    options: { users: USERS, readers: READERS, seconds: SECONDS, scale, thinkMs: THINK, operatorMix: OPERATOR_MIX, readerMix: READER_MIX },
    elapsedSec: r1(elapsed),
    requests: timed.length,
    throughputPerSec: r1(timed.length / elapsed),
    errorRate,
    errorKinds,
    perKind,
    targets: { writeP95Ms: { value: writeP95, target: 400, pass: writeP95 <= 400 }, errorRate: { value: errorRate, target: 0.001, pass: errorRate < 0.001 } },
    peakRssMb,
    writes: check,
    verifyRekap: { ...rekapDiff, ms: verifyMs },
  };
}
