/**
 * `npm run bench -- --scale 0.1`: builds or reuses the national dataset of that scale (see
 * bench/generate-nasional.ts), then times the real data-layer functions (lib/data/rekap.ts,
 * lib/services/rekap/recompute-rekap.ts) with deterministic random parameters, prints p50/p95/max
 * and rows/s with PASS/FAIL against the targets, and writes everything to bench/out/<scale>-<ts>.json.
 * Never fails the process on a missed target. Runs with `tsx --conditions=react-server` so that the
 * `server-only` marker resolves to its empty module.
 *
 *   --scale S            dataset scale (default 0.1)
 *   --iterations N       timed calls per query (default 100; warm-up calls come first)
 *   --warmup N           untimed calls per query (default 10)
 *   --recompute-runs N   full rekap_recompute() runs (default 3)
 *   --no-abk             skip "recompute ABK nasional" (recomputeKebutuhanAbk under a new rule and back)
 *   --abk-per-sel        also time the former per-cell path (recomputeKebutuhanAbkPerSel) under the new rule, for comparison
 *   --seed N             parameter draw seed (default 1)
 *   --port P / --database-url URL / --fresh   as for data:nasional
 *   --explain            EXPLAIN (ANALYZE, BUFFERS) of the slowest call of each targeted query (mirror SQL)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { PROJECT_ROOT, openNasionalDatabase } from "./nasional/database";
import { generateNasional, scaleLabel, type GenerateResult } from "./nasional/generate";
import { prng } from "./nasional/structure";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "0.1" },
    iterations: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
    "recompute-runs": { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    port: { type: "string" },
    "database-url": { type: "string" },
    fresh: { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    "no-abk": { type: "boolean", default: false },
    "abk-per-sel": { type: "boolean", default: false },
  },
});

const scale = Number(values.scale);
const ITER = Number(values.iterations);
const WARMUP = Number(values.warmup);
const RECOMPUTE_RUNS = Number(values["recompute-runs"]);
const log = (l: string) => console.log(l);

interface QueryResult {
  name: string;
  /** What the parameter is drawn from. */
  params: string;
  iterations: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  rows: number;
  rowsPerSec: number;
  targetMs?: number;
  pass?: boolean;
  /** The parameter of the slowest call. */
  slowest: unknown;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const r2 = (n: number) => Math.round(n * 100) / 100;

async function measure<P>(
  name: string,
  paramsLabel: string,
  draw: () => P,
  call: (p: P) => Promise<number>,
  opts: { iterations?: number; targetMs?: number } = {},
): Promise<QueryResult> {
  const n = opts.iterations ?? ITER;
  for (let i = 0; i < WARMUP; i++) await call(draw());
  const times: number[] = [];
  let rows = 0;
  let slowest: { ms: number; p: P | null } = { ms: -1, p: null };
  for (let i = 0; i < n; i++) {
    const p = draw();
    const t = performance.now();
    rows += await call(p);
    const ms = performance.now() - t;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, p };
  }
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const res: QueryResult = {
    name,
    params: paramsLabel,
    iterations: n,
    p50: r2(percentile(sorted, 50)),
    p95: r2(percentile(sorted, 95)),
    max: r2(sorted[sorted.length - 1] ?? 0),
    mean: r2(total / Math.max(n, 1)),
    rows,
    rowsPerSec: Math.round(rows / Math.max(total / 1000, 1e-9)),
    slowest: slowest.p,
  };
  if (opts.targetMs !== undefined) {
    res.targetMs = opts.targetMs;
    res.pass = res.p95 <= opts.targetMs;
  }
  log(
    `  ${name.padEnd(48)} p50 ${res.p50.toFixed(1).padStart(8)}  p95 ${res.p95.toFixed(1).padStart(8)}  max ${res.max.toFixed(1).padStart(8)} ms` +
      `  ${res.rowsPerSec.toLocaleString("en-US").padStart(11)} baris/dtk` +
      (res.pass === undefined ? "" : `  ${res.pass ? "PASS" : "FAIL"} (p95 ≤ ${opts.targetMs} ms)`),
  );
  return res;
}

/**
 * The national dataset has ABK cells but no uraian tugas: give each ABK cell with K ≥ 1 uraian tugas
 * (once; reused with the dataset) whose figure under the default rule (WKE 75,000, KE_ATAS) is exactly
 * its K: a row of (K − 1) × 1,250 jam a year plus 1–4 rows with decimals of at most 18,000 minutes each
 * (so 0 < rest < 75,000). Recomputing under the default therefore gives the dataset back. Returns the
 * number of ABK cells with uraian tugas.
 */
async function ensureUraianTugas(c: pg.Client): Promise<number> {
  const count = async () =>
    Number((await c.query(`SELECT count(DISTINCT i."petaJabatanId") n FROM "Infojab" i JOIN "UraianTugas" t ON t."infojabId" = i.id`)).rows[0].n);
  const have = await count();
  if (have > 0) return have;
  await c.query("BEGIN");
  await c.query(`INSERT INTO "Infojab" ("petaJabatanId", "updatedAt")
    SELECT p.id, now() FROM "PetaJabatan" p WHERE p."sumberKebutuhan" = 'ABK' AND p."kebutuhan" >= 1
      AND NOT EXISTS (SELECT 1 FROM "Infojab" i WHERE i."petaJabatanId" = p.id)`);
  const h = (key: string, salt: number) => `(hashint8extended((${key})::bigint, ${salt}) & 2147483647)`;
  await c.query(`
    WITH c AS (SELECT i.id AS infojab, p.id AS pid, p."kebutuhan" AS k FROM "Infojab" i JOIN "PetaJabatan" p ON p.id = i."petaJabatanId"
               WHERE p."sumberKebutuhan" = 'ABK' AND p."kebutuhan" >= 1)
    INSERT INTO "UraianTugas" ("infojabId", "urutan", "uraian", "volume", "periode", "waktu", "satuanWaktu")
    SELECT infojab, 0, 'Tugas pokok', k - 1, 'TAHUN', 1250, 'JAM' FROM c WHERE k > 1
    UNION ALL
    SELECT c.infojab, j, 'Tugas ' || j,
           CASE x.kind WHEN 0 THEN (1 + x.r1 % 400) / 100.0 WHEN 1 THEN (1 + x.r1 % 2500) / 100.0 WHEN 2 THEN 1 + x.r1 % 300 ELSE (1 + x.r1 % 600) / 100.0 END,
           (CASE x.kind WHEN 0 THEN 'HARI' WHEN 1 THEN 'BULAN' WHEN 2 THEN 'TAHUN' ELSE 'MINGGU' END)::"PeriodeBeban",
           CASE x.kind WHEN 0 THEN (1 + x.r2 % 180) / 10.0 WHEN 1 THEN (1 + x.r2 % 100) / 100.0 ELSE (1 + x.r2 % 600) / 10.0 END,
           (CASE x.kind WHEN 1 THEN 'JAM' ELSE 'MENIT' END)::"SatuanWaktu"
    FROM c CROSS JOIN LATERAL generate_series(1, 1 + ${h("c.pid", 71)} % 4) j
    CROSS JOIN LATERAL (SELECT ${h("c.pid * 8 + j", 72)} % 4 AS kind, ${h("c.pid * 8 + j", 73)} AS r1, ${h("c.pid * 8 + j", 74)} AS r2) x`);
  await c.query("COMMIT");
  await c.query(`ANALYZE "Infojab"; ANALYZE "UraianTugas"`);
  return count();
}

// ---------------------------------------------------------------------------------------------

const db = await openNasionalDatabase({ scale, databaseUrl: values["database-url"], port: values.port ? Number(values.port) : undefined, log });
let exitCode = 0;
try {
  log(`basis data: ${db.url.replace(/:[^:@/]*@/, ":***@")}`);
  const generated: GenerateResult = await generateNasional({ url: db.url, scale, log, fresh: values.fresh, dropIndexes: true, skipForeignKeys: true });
  const meta = generated.meta;

  // The lib modules read DATABASE_URL when their client is first created: set it before importing.
  process.env.DATABASE_URL = db.url;
  // Measure the queries themselves: the app caches national sums for 30 s, the bench must not.
  process.env.SIASN_REKAP_NASIONAL_TTL_MS = "0";
  const rekap = await import("../lib/data/rekap");
  const { recomputeRekap, verifyRekap } = await import("../lib/services/rekap/recompute-rekap");
  const { db: appDb } = await import("../lib/db");
  const { SYSTEM_ACTOR } = await import("../lib/auth/permissions");
  const { recomputeKebutuhanAbk } = await import("../lib/services/abk/recompute-kebutuhan-abk");
  const { recomputeKebutuhanAbkPerSel } = await import("../lib/services/abk/recompute-kebutuhan-abk-per-sel");
  const { DEFAULT_RULE_SET, RULE_SET_PERKA_BKN_19_2011 } = await import("../lib/domain/abk");
  const actor = { id: 0, username: "bench", nama: "Bench", role: "ADMIN" as const, instansiId: null };

  // Parameter pools, fixed by the data; draws are deterministic (seeded PRNG).
  const pgc = new pg.Client({ connectionString: db.url });
  await pgc.connect();
  const ids = async (sql: string) => (await pgc.query(sql)).rows.map((r) => Number(r.id));
  const jabatanIds = await ids(`SELECT DISTINCT "jabatanId" AS id FROM "PetaJabatan" ORDER BY 1`);
  const instansiIds = await ids(`SELECT id FROM "Instansi" ORDER BY id`);
  // Subtree classes: roots of the largest pemda (thousands of units), dinas-level units (depth 2 with a
  // subtree), bidang-level units (depth 3 with children), and leaves (a seksi, a school).
  const roots = await ids(`
    SELECT u.id FROM "Unor" u JOIN "Instansi" i ON i.id = u."instansiId"
    WHERE u."parentId" IS NULL AND i.jenis <> 'PUSAT'
    ORDER BY (SELECT count(*) FROM "Unor" x WHERE x."instansiId" = u."instansiId") DESC, u.id LIMIT 20`);
  const dinas = await ids(`
    SELECT path[2] AS id FROM "Unor" WHERE cardinality(path) >= 3 GROUP BY path[2] HAVING count(*) >= 5 ORDER BY path[2]`);
  const bidang = await ids(`
    SELECT DISTINCT path[3] AS id FROM "Unor" WHERE cardinality(path) >= 4 ORDER BY 1`);
  // Informational: the roots of the largest central agencies (Kemenag ≈ 13.6 k units at scale 1).
  const pusatRoots = await ids(`
    SELECT u.id FROM "Unor" u JOIN "Instansi" i ON i.id = u."instansiId"
    WHERE u."parentId" IS NULL AND i.jenis = 'PUSAT'
    ORDER BY (SELECT count(*) FROM "Unor" x WHERE x."instansiId" = u."instansiId") DESC, u.id LIMIT 5`);
  const leaves = await ids(`SELECT u.id FROM "Unor" u WHERE u.id % 97 = 0 AND NOT EXISTS (SELECT 1 FROM "Unor" c WHERE c."parentId" = u.id) ORDER BY u.id`);
  const server = (
    await pgc.query(`SELECT version() AS v, current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm,
                            current_setting('random_page_cost') AS rpc, current_setting('max_parallel_workers_per_gather') AS par`)
  ).rows[0];
  log(
    `parameter: ${jabatanIds.length} jabatan, ${instansiIds.length} instansi, subtree: ${roots.length} akar pemda terbesar, ` +
      `${dinas.length} unit tingkat 2, ${bidang.length} unit tingkat 3, ${leaves.length} daun, ${pusatRoots.length} akar pusat terbesar`,
  );

  const rnd = prng(Number(values.seed));
  const pick = <T>(xs: T[]) => () => xs[Math.floor(rnd() * xs.length)];

  log(`\nkueri (${WARMUP} pemanasan + ${ITER} terukur masing-masing):`);
  const queries: QueryResult[] = [];
  queries.push(
    await measure("getRekapNasional", "-", () => 0, async () => (await rekap.getRekapNasional(actor))!.perJenisInstansi.length),
  );
  queries.push(
    await measure("getRekapJabatanNasional (+ per instansi)", "jabatan acak", pick(jabatanIds), async (j) => 1 + ((await rekap.getRekapJabatanNasional(actor, j))?.perInstansi.length ?? 0), {
      targetMs: 100,
    }),
  );
  queries.push(
    await measure("getRekapInstansi (+ per jabatan)", "instansi acak", pick(instansiIds), async (i) => 1 + ((await rekap.getRekapInstansi(actor, i))?.perJabatan.length ?? 0), {
      targetMs: 100,
    }),
  );
  const subtreeClasses: [string, number[]][] = [
    ["akar pemda besar", roots],
    ["unit tingkat 2 (dinas)", dinas],
    ["unit tingkat 3 (bidang)", bidang],
    ["daun (seksi/sekolah)", leaves],
  ];
  for (const [label, list] of subtreeClasses) {
    if (!list.length) continue;
    queries.push(
      await measure(`getRekapSubtreeUnor: ${label}`, label, pick(list), async (u) => ((await rekap.getRekapSubtreeUnor(actor, u)) ? 1 : 0), { targetMs: 50 }),
    );
  }
  if (pusatRoots.length)
    queries.push(
      await measure("getRekapSubtreeUnor: akar pusat terbesar (info)", "5 instansi pusat dengan unor terbanyak", pick(pusatRoots), async (u) => ((await rekap.getRekapSubtreeUnor(actor, u)) ? 1 : 0), {
        targetMs: 50,
      }),
    );
  // Pemda root / dinas / bidang / leaf mixed (equal weight): the figure reported against the target.
  const mixed = subtreeClasses.filter(([, l]) => l.length).map(([, l]) => l);
  queries.push(
    await measure(
      "getRekapSubtreeUnor: campuran",
      "akar/dinas/bidang/daun bergantian",
      () => {
        const l = mixed[Math.floor(rnd() * mixed.length)];
        return l[Math.floor(rnd() * l.length)];
      },
      async (u) => ((await rekap.getRekapSubtreeUnor(actor, u)) ? 1 : 0),
      { targetMs: 50 },
    ),
  );
  queries.push(await measure("getProyeksiPensiun: nasional", "-", () => 0, async () => (await rekap.getProyeksiPensiun(actor, {}))?.tahun.length ?? 0));
  queries.push(
    await measure("getProyeksiPensiun: instansi", "instansi acak", pick(instansiIds), async (i) => (await rekap.getProyeksiPensiun(actor, { instansiId: i }))?.tahun.length ?? 0),
  );
  queries.push(
    await measure("getProyeksiPensiun: jabatan", "jabatan acak", pick(jabatanIds), async (j) => (await rekap.getProyeksiPensiun(actor, { jabatanId: j }))?.tahun.length ?? 0),
  );

  // Full recompute (the function the bulk load and the admin action use), then the consistency check.
  log(`\nrekap_recompute() × ${RECOMPUTE_RUNS}:`);
  const recompute: number[] = [];
  // Meanwhile a dashboard reader calls getRekapInstansi back to back: how long is it blocked?
  const during: number[] = [];
  for (let i = 0; i < RECOMPUTE_RUNS; i++) {
    let running = true;
    const drawInst = pick(instansiIds);
    const reader = (async () => {
      await new Promise((r) => setTimeout(r, 200));
      while (running) {
        const t = performance.now();
        await rekap.getRekapInstansi(actor, drawInst());
        during.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const { ms } = await recomputeRekap(appDb(), SYSTEM_ACTOR);
    running = false;
    await reader;
    recompute.push(ms);
    log(`  run ${i + 1}: ${(ms / 1000).toFixed(1)} dtk`);
  }
  const duringSorted = [...during].sort((a, b) => a - b);
  const readsDuring = { calls: during.length, p50: r2(percentile(duringSorted, 50)), max: r2(duringSorted[duringSorted.length - 1] ?? 0) };
  log(`  getRekapInstansi selama recompute: ${readsDuring.calls} panggilan, p50 ${readsDuring.p50} ms, maks ${readsDuring.max} ms`);
  const recomputeMax = Math.max(...recompute, 0);
  const recomputePass = recomputeMax <= 60_000;
  log(`  maks ${(recomputeMax / 1000).toFixed(1)} dtk  ${recomputePass ? "PASS" : "FAIL"} (≤ 60 dtk)`);
  // National ABK recompute under a new rule (72,000-minute WKE) and back under the default; then the
  // same rule again, where nothing changes (the cost of computing alone).
  const abk: { setupMs: number; cells: number; runs: { aturan: string; jalur: string; ms: number; diperiksa: number; berubah: number; selPerDetik: number }[] } | null =
    values["no-abk"] ? null : { setupMs: 0, cells: 0, runs: [] };
  if (abk) {
    log(`\nrecompute ABK nasional:`);
    const ts = performance.now();
    abk.cells = await ensureUraianTugas(pgc);
    abk.setupMs = Math.round(performance.now() - ts);
    log(`  uraian tugas siap: ${abk.cells.toLocaleString("en-US")} sel ABK (${(abk.setupMs / 1000).toFixed(1)} dtk)`);
    const plan = [
      ...(values["abk-per-sel"] ? [{ aturan: RULE_SET_PERKA_BKN_19_2011, perSel: true }, { aturan: DEFAULT_RULE_SET, perSel: false }] : []),
      { aturan: RULE_SET_PERKA_BKN_19_2011, perSel: false },
      { aturan: DEFAULT_RULE_SET, perSel: false },
      { aturan: DEFAULT_RULE_SET, perSel: false },
    ];
    for (const { aturan, perSel } of plan) {
      const t = performance.now();
      const r = await (perSel ? recomputeKebutuhanAbkPerSel : recomputeKebutuhanAbk)(appDb(), SYSTEM_ACTOR, { aturan });
      const ms = Math.round(performance.now() - t);
      const run = { aturan: aturan.versi, jalur: perSel ? "per sel" : "set-wise", ms, diperiksa: r.diperiksa, berubah: r.berubah, selPerDetik: Math.round(r.diperiksa / Math.max(ms / 1000, 1e-9)) };
      abk.runs.push(run);
      log(`  recompute ABK nasional ${run.jalur.padEnd(8)} (${aturan.versi.padEnd(18)}) ${(ms / 1000).toFixed(1).padStart(6)} dtk  ${run.diperiksa.toLocaleString("en-US")} sel, ${run.berubah.toLocaleString("en-US")} berubah  ${run.selPerDetik.toLocaleString("en-US")} sel/dtk`);
    }
  }

  const tv = performance.now();
  const diff = await verifyRekap(appDb());
  const verifyMs = Math.round(performance.now() - tv);
  log(`verifyRekap: ${JSON.stringify(diff)} dalam ${(verifyMs / 1000).toFixed(1)} dtk`);

  // The recompute TRUNCATEs and refills the recap tables: measure the recap reads again right after
  // (before autovacuum re-analyses them), where a plan regression would show.
  log(`\nsesudah recompute (tanpa ANALYZE):`);
  const after: QueryResult[] = [];
  const half = Math.max(10, Math.round(ITER / 2));
  after.push(
    await measure("getRekapJabatanNasional (+ per instansi)", "jabatan acak", pick(jabatanIds), async (j) => 1 + ((await rekap.getRekapJabatanNasional(actor, j))?.perInstansi.length ?? 0), {
      targetMs: 100,
      iterations: half,
    }),
  );
  after.push(
    await measure("getRekapInstansi (+ per jabatan)", "instansi acak", pick(instansiIds), async (i) => 1 + ((await rekap.getRekapInstansi(actor, i))?.perJabatan.length ?? 0), {
      targetMs: 100,
      iterations: half,
    }),
  );
  after.push(await measure("getProyeksiPensiun: jabatan", "jabatan acak", pick(jabatanIds), async (j) => (await rekap.getProyeksiPensiun(actor, { jabatanId: j }))?.tahun.length ?? 0, { iterations: half }));

  // Optional plan dump for the slowest call of each targeted query, on mirror SQL of lib/data/rekap.ts.
  const explains: Record<string, string[]> = {};
  if (values.explain) {
    const explain = async (label: string, sql: string, params: unknown[]) => {
      const r = await pgc.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      explains[label] = r.rows.map((x) => x["QUERY PLAN"] as string);
      log(`\nEXPLAIN ${label}:\n${explains[label].join("\n")}`);
    };
    const jq = queries.find((q) => q.name.startsWith("getRekapJabatanNasional"));
    if (jq) {
      await explain(
        `getRekapJabatanNasional(${jq.slowest})`,
        `SELECT r."instansiId", i."kode", i."nama", i."jenis"::text AS jenis, r."jumlahSel", r."kebutuhan", r."existing", r."kelebihan", r."kekurangan", r."selLebih", r."selKurang"
         FROM "RekapInstansiJabatan" r JOIN "Instansi" i ON i.id = r."instansiId"
         WHERE r."jabatanId" = $1 AND r."jumlahSel" > 0 ORDER BY (r."existing" - r."kebutuhan"), i."nama"`,
        [jq.slowest],
      );
    }
    const iq = queries.find((q) => q.name.startsWith("getRekapInstansi"));
    if (iq) {
      await explain(
        `getRekapInstansi(${iq.slowest})`,
        `SELECT j.id, j."kode", j."nama", j."jenis"::text AS "jenisJabatan", j."jenjang"::text AS jenjang, j."kelas", j."bup",
                r."jumlahSel", r."kebutuhan", r."existing", r."kelebihan", r."kekurangan", r."selLebih", r."selKurang"
         FROM "RekapInstansiJabatan" r JOIN "Jabatan" j ON j.id = r."jabatanId"
         WHERE r."instansiId" = $1 AND r."jumlahSel" > 0 ORDER BY j."jenis", j."nama"`,
        [iq.slowest],
      );
    }
    for (const sq of queries.filter((q) => q.name.startsWith("getRekapSubtreeUnor"))) {
      const u = Number(sq.slowest);
      const inst = (await pgc.query(`SELECT "instansiId" FROM "Unor" WHERE id = $1`, [u])).rows[0]?.instansiId;
      await explain(
        `${sq.name}(${u})`,
        `WITH sub AS (SELECT id FROM "Unor" WHERE "instansiId" = $1 AND "path" @> ARRAY[$2::int]::int[])
         SELECT (SELECT count(*) FROM sub) AS "jumlahUnor", count(p.id) "jumlahSel", sum(p."kebutuhan") kebutuhan, sum(p."existing") existing,
                sum(greatest(p."existing" - p."kebutuhan", 0)) kelebihan, sum(greatest(p."kebutuhan" - p."existing", 0)) kekurangan,
                count(*) FILTER (WHERE p."existing" > p."kebutuhan") "selLebih", count(*) FILTER (WHERE p."kebutuhan" > p."existing") "selKurang"
         FROM sub JOIN "PetaJabatan" p ON p."unorId" = sub.id`,
        [inst, u],
      );
    }
  }
  await pgc.end();

  // ---- Report.
  const loadRates = generated.reused ? null : meta.steps;
  const out = {
    scale,
    at: new Date().toISOString(),
    database: db.database,
    machine: { cpus: os.cpus().length, memGB: Math.round(os.totalmem() / 2 ** 30), loadavg: os.loadavg().map(r2) },
    server: { version: server.v, shared_buffers: server.sb, work_mem: server.wm, random_page_cost: server.rpc, max_parallel_workers_per_gather: server.par },
    dataset: { reused: generated.reused, counts: meta.counts, generatedAt: meta.finishedAt, loadTotalMs: meta.totalMs, steps: meta.steps },
    loadRates,
    settings: { iterations: ITER, warmup: WARMUP, seed: Number(values.seed) },
    queries,
    afterRecompute: after,
    recompute: { runsMs: recompute, maxMs: recomputeMax, targetMs: 60_000, pass: recomputePass, readsDuring },
    verifyRekap: { ...diff, ms: verifyMs },
    recomputeAbk: abk,
    explains,
  };
  const outDir = path.join(PROJECT_ROOT, "bench", "out");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${scaleLabel(scale)}-${out.at.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(out, null, 2));

  log(`\n=== Ringkasan bench skala ${scale} (${meta.counts.instansi} instansi, ${meta.counts.unor.toLocaleString("en-US")} unor, ` +
    `${meta.counts.petaJabatan.toLocaleString("en-US")} sel, ${meta.counts.pegawai.toLocaleString("en-US")} pegawai) ===`);
  if (loadRates) {
    log(`muat data: ${(meta.totalMs / 1000).toFixed(1)} dtk`);
    for (const s of loadRates.filter((s) => s.rows > 0)) log(`  ${s.step.padEnd(48)} ${s.rows.toLocaleString("en-US").padStart(11)} baris  ${(s.ms / 1000).toFixed(1).padStart(7)} dtk  ${s.rowsPerSec.toLocaleString("en-US").padStart(10)} baris/dtk`);
  } else log(`muat data: dataset dipakai ulang (dibuat ${meta.finishedAt}, ${(meta.totalMs / 1000).toFixed(1)} dtk)`);
  const row = (q: QueryResult) =>
    `  ${q.name.padEnd(48)} ${q.p50.toFixed(1).padStart(8)} ${q.p95.toFixed(1).padStart(8)} ${q.max.toFixed(1).padStart(8)} ${q.rowsPerSec.toLocaleString("en-US").padStart(12)}  ${
      q.pass === undefined ? "" : `${q.pass ? "PASS" : "FAIL"} (≤ ${q.targetMs})`
    }`;
  log(`  ${"kueri".padEnd(48)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"baris/dtk".padStart(12)}  target p95`);
  for (const q of queries) log(row(q));
  log(`  sesudah recompute:`);
  for (const q of after) log(row(q));
  log(`  rekap_recompute() ${recompute.map((m) => (m / 1000).toFixed(1)).join(" / ")} dtk; maks ${(recomputeMax / 1000).toFixed(1)} dtk  ${recomputePass ? "PASS" : "FAIL"} (≤ 60 dtk)`);
  log(`  getRekapInstansi selama recompute: p50 ${readsDuring.p50} ms, maks ${readsDuring.max} ms (${readsDuring.calls} panggilan)`);
  for (const r of abk?.runs ?? [])
    log(`  recompute ABK nasional ${r.jalur} (${r.aturan}) ${(r.ms / 1000).toFixed(1)} dtk, ${r.diperiksa.toLocaleString("en-US")} sel, ${r.berubah.toLocaleString("en-US")} berubah, ${r.selPerDetik.toLocaleString("en-US")} sel/dtk`);
  log(`  verifyRekap ${diff.selExisting + diff.instansiJabatan + diff.pensiun === 0 ? "cocok" : "BEDA " + JSON.stringify(diff)} (${(verifyMs / 1000).toFixed(1)} dtk)`);
  log(`hasil: ${path.relative(PROJECT_ROOT, file)}`);
  await appDb().$disconnect();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
