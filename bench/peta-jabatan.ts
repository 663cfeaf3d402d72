/**
 * `npx tsx --conditions=react-server bench/peta-jabatan.ts`: an instansi with 50,000 placed jabatan
 * (2,551 active units four levels deep, 20 inactive ones, ~100k pegawai giving B through the
 * recompute) generated set-based in its own database, then, each in its own child process so that
 * peak RSS (VmHWM) is that phase's alone:
 *   data    the Peta Jabatan tab's data function (lib/data getPetaJabatan + pack), p50/p95 over runs,
 *           the payload size, and the client's row building (unpack + buildRows, all expanded);
 *   export  "Unduh Excel" of the whole instansi to a file.
 * Goal: tab server time ≤ 1 s.   --cells N (50000)  --runs N (15)  --reuse (keep the last run's data)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { insertBenchInstansi } from "./peta-jabatan-data";
import { PROJECT_ROOT, openNasionalDatabase } from "./nasional/database";

const { values } = parseArgs({
  options: {
    phase: { type: "string" },
    url: { type: "string" },
    file: { type: "string" },
    cells: { type: "string", default: "50000" },
    runs: { type: "string", default: "15" },
    /** Reuse the database of a previous run instead of generating it again. */
    reuse: { type: "boolean", default: false },
  },
});
const DB_NAME = "bench_peta_jabatan";
const KODE = "BENCH-PJ";

function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function childPhase(phase: string, url: string, file: string, runs: number) {
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db");
  const user = await db().user.findFirstOrThrow({ where: { username: "bench.pj" } });
  const actor = { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId };
  const instansi = await db().instansi.findFirstOrThrow({ where: { kode: KODE } });
  let detail: Record<string, unknown> = {};
  const t0 = performance.now();
  if (phase === "data") {
    const { getPetaJabatan, packPetaJabatan } = await import("@/lib/data/peta-jabatan");
    const { buildRows, FILTER_KOSONG, unpackCells } = await import("@/lib/domain/peta-jabatan/tabel");
    const times: number[] = [];
    let packed = null as ReturnType<typeof packPetaJabatan> | null;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const d = await getPetaJabatan(actor, instansi.id);
      packed = packPetaJabatan(d!);
      times.push(performance.now() - s);
    }
    // The pure part alone (tree sums and ordering), on the same rows: the rest is the queries.
    const { susunPetaJabatan } = await import("@/lib/domain/peta-jabatan/susun");
    const last = (await getPetaJabatan(actor, instansi.id))!;
    const su = performance.now();
    susunPetaJabatan(last.units.map((u) => ({ ...u, urutan: 0 })), last.cells, (a, b) => a.jabatanId - b.jabatanId || a.id - b.id);
    const susunMs = performance.now() - su;
    const s = performance.now();
    const json = JSON.stringify(packed);
    const serialiseMs = performance.now() - s;
    const c = performance.now();
    const rows = buildRows(packed!, unpackCells(packed!), FILTER_KOSONG, null);
    const clientMs = performance.now() - c;
    const f = performance.now();
    buildRows(packed!, unpackCells(packed!), { ...FILTER_KOSONG, status: "kurang", cari: "analis" }, { kolom: "selisih", desc: false });
    const filterMs = performance.now() - f;
    detail = {
      units: packed!.units.length,
      cells: packed!.cells.length / 6,
      firstMs: Math.round(times[0]),
      p50Ms: Math.round(pct(times.slice(1), 50)),
      p95Ms: Math.round(pct(times.slice(1), 95)),
      payloadMb: +(json.length / 1e6).toFixed(2),
      serialiseMs: Math.round(serialiseMs),
      susunMs: Math.round(susunMs),
      clientBuildMs: Math.round(clientMs),
      clientFilterSortMs: Math.round(filterMs),
      roots: rows.length,
      total: packed!.total,
    };
  } else {
    const { exportPetaJabatanExcel } = await import("@/lib/excel/peta-jabatan/export-peta-jabatan");
    const ex = await exportPetaJabatanExcel(db(), actor, { instansiId: instansi.id });
    const out = fs.createWriteStream(file);
    const closed = new Promise<void>((r) => out.on("close", () => r()));
    const r = await ex.write(out);
    await closed;
    detail = { ...(r as object), jabatan: ex.jabatan, bytes: fs.statSync(file).size };
  }
  const ms = performance.now() - t0;
  await db().$disconnect();
  process.stdout.write(`RESULT ${JSON.stringify({ phase, ms: Math.round(ms), peakRssMb: peakRssMb(), detail })}\n`);
}

async function generate(url: string, cells: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(`SET LOCAL siasn.rekap_off = 'on'`);
    const inst = await insertBenchInstansi(c, KODE, cells);
    await c.query(`INSERT INTO "User" (username, nama, "passwordHash", role, "instansiId", "updatedAt") VALUES ('bench.pj', 'Bench Peta Jabatan', 'x', 'OPERATOR', $1, now())`, [inst]);
    await c.query(`SELECT rekap_recompute()`);
    await c.query("COMMIT");
    await c.query("ANALYZE");
    const r = (await c.query(`SELECT (SELECT count(*) FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" AND u.aktif) cells, (SELECT count(*) FROM "Pegawai") pegawai, (SELECT count(*) FROM "Unor" WHERE aktif) units`)).rows[0];
    return r as { cells: string; pegawai: string; units: string };
  } finally {
    await c.end();
  }
}

function runChild(phase: string, url: string, file: string, runs: number) {
  const r = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "bench/peta-jabatan.ts", "--phase", phase, "--url", url, "--file", file, "--runs", String(runs)],
    { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
  );
  const line = r.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`fase ${phase} gagal:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice(7)) as { phase: string; ms: number; peakRssMb: number; detail: Record<string, unknown> };
}

async function main() {
  const runs = Number(values.runs);
  if (values.phase) return childPhase(values.phase, values.url!, values.file!, runs);
  const cluster = await openNasionalDatabase({ scale: 0.001, log: console.log });
  const adminUrl = cluster.url.replace(/\/[^/]*$/, "/postgres");
  const url = cluster.url.replace(/\/[^/]*$/, `/${DB_NAME}`);
  try {
    const t0 = performance.now();
    let g: { cells: string; pegawai: string; units: string };
    if (values.reuse) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      g = (await c.query(`SELECT (SELECT count(*) FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" AND u.aktif) cells, (SELECT count(*) FROM "Pegawai") pegawai, (SELECT count(*) FROM "Unor" WHERE aktif) units`)).rows[0];
      await c.end();
    } else {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      await a.query(`CREATE DATABASE ${DB_NAME}`);
      await a.end();
      const { migrateDeploy } = await import("../lib/db-runtime/migrate");
      await migrateDeploy(url);
      g = await generate(url, Number(values.cells));
    }
    console.log(`data: ${g.cells} jabatan ditempatkan di ${g.units} unor aktif (+100 di 20 unor nonaktif), ${g.pegawai} pegawai dalam ${Math.round(performance.now() - t0)} ms`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-pj-")), "peta-jabatan.xlsx");
    const data = runChild("data", url, file, runs);
    const ex = runChild("export", url, file, runs);
    const d = data.detail;
    console.log(
      `tab (lib/data)  pertama ${d.firstMs} ms  p50 ${d.p50Ms} ms  p95 ${d.p95Ms} ms  ${(d.p95Ms as number) <= 1000 ? "PASS" : "FAIL"} (≤ 1 s)  (susun pohon ${d.susunMs} ms)  payload ${d.payloadMb} MB (serialisasi ${d.serialiseMs} ms)  puncak RSS ${data.peakRssMb} MB`,
    );
    console.log(`klien           susun baris ${d.clientBuildMs} ms, filter+urut ${d.clientFilterSortMs} ms  (${d.units} unor, ${d.cells} jabatan)`);
    console.log(`unduh excel     ${(ex.ms / 1000).toFixed(1)} s  puncak RSS ${ex.peakRssMb} MB  ${JSON.stringify(ex.detail)}`);
    console.log(`total instansi  ${JSON.stringify(d.total)}  ${d.cells === Number(g.cells) && (d.total as { jumlahSel: number }).jumlahSel === Number(g.cells) ? "sesuai" : "TIDAK SESUAI"} dengan ${g.cells} jabatan di unor aktif`);
  } finally {
    await cluster.close();
  }
}

await main();
