/**
 * `npm run bench:excel`: an instansi with 5,000 placed jabatan and 50,000 uraian tugas in a fresh
 * database (set-based SQL), then, each in its own child process so that peak RSS (VmHWM) is that
 * phase's alone: export to a file, import it back unchanged, and import it over a database whose
 * every beban (and so every K) differs. Prints time, rows/s and peak RSS; goal ≤ 30 s and ≤ 400 MB.
 *   --jabatan N (5000)  --uraian-per-jabatan N (10)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { PROJECT_ROOT, openNasionalDatabase } from "./nasional/database";

const { values } = parseArgs({
  options: {
    phase: { type: "string" },
    url: { type: "string" },
    file: { type: "string" },
    jabatan: { type: "string", default: "5000" },
    "uraian-per-jabatan": { type: "string", default: "10" },
  },
});
const DB_NAME = "bench_excel";

function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function childPhase(phase: string, url: string, file: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db");
  const admin = await db().user.findFirstOrThrow({ where: { username: "bench.excel" } });
  const actor = { id: admin.id, username: admin.username, nama: admin.nama, role: admin.role, instansiId: admin.instansiId };
  const instansi = await db().instansi.findFirstOrThrow({ where: { kode: "BENCH-XL" } });
  const t0 = performance.now();
  let rows = 0;
  let detail: unknown = null;
  if (phase === "export") {
    const { exportInfojabExcel } = await import("@/lib/services/infojab/export-infojab-excel");
    const ex = await exportInfojabExcel(db(), actor, { instansiId: instansi.id });
    const out = fs.createWriteStream(file);
    const closed = new Promise<void>((r) => out.on("close", () => r()));
    const r = await ex.write(out);
    await closed;
    rows = r.jabatan + r.uraian;
    detail = { ...r, bytes: fs.statSync(file).size };
  } else {
    const { importInfojabExcel } = await import("@/lib/services/infojab/import-infojab-excel");
    const r = await importInfojabExcel(db(), actor, { instansiId: instansi.id, file }, (tahap, selesai) => {
      if (tahap === "membaca") rows = Math.max(rows, selesai);
    });
    detail = { pesan: r.pesan, ...r.total };
  }
  const ms = performance.now() - t0;
  await db().$disconnect();
  process.stdout.write(`RESULT ${JSON.stringify({ phase, ms: Math.round(ms), rows, rowsPerSec: Math.round(rows / (ms / 1000)), peakRssMb: peakRssMb(), detail })}\n`);
}

async function generate(url: string, jabatan: number, perJabatan: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const aturan = (await c.query(`SELECT versi, "wkeMenit" FROM "AturanPerhitungan" WHERE "berlakuMulai" <= now() ORDER BY "berlakuMulai" DESC, id DESC LIMIT 1`)).rows[0] ?? { versi: "PERMENPANRB-1-2020", wkeMenit: 75000 };
    await c.query("BEGIN");
    await c.query(`INSERT INTO "Instansi" (kode, nama, jenis, "updatedAt") VALUES ('BENCH-XL', 'Instansi Bench Excel', 'KOTA', now())`);
    await c.query(`INSERT INTO "User" (username, nama, "passwordHash", role, "updatedAt") VALUES ('bench.excel', 'Bench Excel', 'x', 'ADMIN', now())`);
    await c.query(`INSERT INTO "Unor" ("instansiId", "parentId", nama, "updatedAt") SELECT id, NULL, 'Sekretariat Daerah', now() FROM "Instansi" WHERE kode = 'BENCH-XL'`);
    await c.query(`INSERT INTO "Unor" ("instansiId", "parentId", nama, urutan, "updatedAt")
      SELECT u."instansiId", u.id, 'Bagian ' || g, g, now() FROM "Unor" u, generate_series(1, 99) g WHERE u."parentId" IS NULL AND u."instansiId" = (SELECT id FROM "Instansi" WHERE kode = 'BENCH-XL')`);
    await c.query(`INSERT INTO "Jabatan" (kode, nama, jenis, kelas, bup, "updatedAt") SELECT 'BX-' || g, 'Analis Bench ' || g, 'FUNGSIONAL', 8, 58, now() FROM generate_series(1, $1::int) g`, [jabatan]);
    await c.query(`INSERT INTO "PetaJabatan" ("instansiId", "unorId", "jabatanId", "updatedAt")
      SELECT i.id, (SELECT id FROM "Unor" WHERE "instansiId" = i.id ORDER BY id OFFSET (g % 100) LIMIT 1), j.id, now()
      FROM "Instansi" i, generate_series(1, $1::int) g JOIN "Jabatan" j ON j.kode = 'BX-' || g WHERE i.kode = 'BENCH-XL'`, [jabatan]);
    await c.query(`INSERT INTO "Infojab" ("petaJabatanId", ikhtisar, "hasilKerja", "tanggungJawab", "syaratJabatan", "updatedAt")
      SELECT p.id, 'Melakukan analisis jabatan ' || p.id, '[{"hasil":"Laporan analisis","satuan":"Dokumen"}]', '["Ketepatan data","Kerahasiaan dokumen"]',
             '{"bakatKerja":["G","N"],"pengetahuan":["Manajemen SDM"]}', now()
      FROM "PetaJabatan" p JOIN "Instansi" i ON i.id = p."instansiId" WHERE i.kode = 'BENCH-XL'`);
    await c.query(`INSERT INTO "UraianTugas" ("infojabId", urutan, uraian, "hasilKerja", satuan, volume, periode, waktu, "satuanWaktu")
      SELECT f.id, g, 'Menyusun bahan analisis tahap ' || g || ' untuk jabatan ' || f."petaJabatanId", 'Bahan analisis', 'Dokumen', 1 + (f.id + g) % 40, 'TAHUN', 1 + g % 5, 'JAM'
      FROM "Infojab" f JOIN "PetaJabatan" p ON p.id = f."petaJabatanId" JOIN "Instansi" i ON i.id = p."instansiId", generate_series(1, $1::int) g WHERE i.kode = 'BENCH-XL'`, [perJabatan]);
    // K consistent with the rows (TAHUN, JAM, KE_ATAS), so that an unchanged import writes nothing.
    await c.query(`UPDATE "PetaJabatan" p SET kebutuhan = s.k, "sumberKebutuhan" = 'ABK', "aturanVersi" = $1
      FROM (SELECT f."petaJabatanId" id, ceil(sum(t.volume * t.waktu * 60) / $2::numeric)::int k FROM "UraianTugas" t JOIN "Infojab" f ON f.id = t."infojabId" GROUP BY 1) s WHERE s.id = p.id`, [aturan.versi, aturan.wkeMenit]);
    await c.query("COMMIT");
  } finally {
    await c.end();
  }
}

/** Every beban doubled behind the file's back (versions kept): importing the file changes every K. */
async function doubleBeban(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`UPDATE "UraianTugas" SET volume = volume * 2`);
  await c.query(`UPDATE "PetaJabatan" SET kebutuhan = kebutuhan * 2 + 1 WHERE "sumberKebutuhan" = 'ABK'`);
  await c.end();
}

function runChild(phase: string, url: string, file: string) {
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "bench/excel.ts", "--phase", phase, "--url", url, "--file", file], {
    cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url },
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`fase ${phase} gagal:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice(7)) as { phase: string; ms: number; rows: number; rowsPerSec: number; peakRssMb: number; detail: unknown };
}

async function main() {
  if (values.phase) return childPhase(values.phase, values.url!, values.file!);
  const jabatan = Number(values.jabatan);
  const perJabatan = Number(values["uraian-per-jabatan"]);
  const cluster = await openNasionalDatabase({ scale: 0.001, log: console.log });
  const adminUrl = cluster.url.replace(/\/[^/]*$/, "/postgres");
  const url = cluster.url.replace(/\/[^/]*$/, `/${DB_NAME}`);
  try {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await a.query(`CREATE DATABASE ${DB_NAME}`);
    await a.end();
    const { migrateDeploy } = await import("../lib/db-runtime/migrate");
    await migrateDeploy(url);
    const t0 = performance.now();
    await generate(url, jabatan, perJabatan);
    console.log(`data: ${jabatan.toLocaleString("id-ID")} jabatan, ${(jabatan * perJabatan).toLocaleString("id-ID")} uraian dalam ${Math.round(performance.now() - t0)} ms`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-excel-")), "infojab.xlsx");
    const results = [runChild("export", url, file), runChild("import", url, file)];
    await doubleBeban(url);
    results.push({ ...runChild("import", url, file), phase: "import (setiap K berubah)" });
    for (const r of results) {
      const pass = r.ms <= 30_000 && r.peakRssMb <= 400 ? "PASS" : "FAIL";
      console.log(`${r.phase.padEnd(26)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${String(r.rowsPerSec).padStart(7)} baris/s  puncak RSS ${r.peakRssMb} MB  ${pass}  ${JSON.stringify(r.detail)}`);
    }
  } finally {
    await cluster.close();
  }
}

await main();
