/**
 * `npx tsx --conditions=react-server bench/pegawai-impor.ts`: Impor Pegawai at 100,000 rows in its own
 * database (bench_pegawai on the bench cluster). An instansi of 500 units and 5,000 placed jabatan
 * holding 50,000 pegawai; then, each phase in its own child process (peak RSS is that phase's alone):
 *   1. pratinjau of a 100,000-row .xlsx (25,000 known NIPs, each moved to another cell; 75,000 new),
 *   2. the import of that .xlsx (Tambah/Perbarui),
 *   3. the import of a 100,000-row .csv: 75,000 known, moved again; 25,000 new; Ganti Seluruhnya, so
 *      the 50,000 pegawai missing from it become inactive.
 * After each import verifyRekap must be all zero. Prints time, rows/s and peak RSS; goal ≤ 60 s.
 *   --rows N (100000)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import pg from "pg";
import { PEGAWAI_COLUMNS } from "../lib/excel/pegawai/layout";
import { PROJECT_ROOT, openNasionalDatabase } from "./nasional/database";

const { values } = parseArgs({ options: { phase: { type: "string" }, url: { type: "string" }, file: { type: "string" }, mode: { type: "string" }, rows: { type: "string", default: "100000" } } });
const DB_NAME = "bench_pegawai";
const UNITS = 500;
const PER_UNIT = 10;

function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** Person i: a valid NIP (birth date, TMT CPNS, sex, urut) unique for i < 150,000, and the matching columns. */
function person(i: number) {
  const d = i % 15000;
  const q = Math.floor(i / 15000);
  const lahir = new Date(Date.UTC(1960, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const y = Number(lahir.slice(0, 4));
  const wanita = i % 2 === 1;
  const nip = `${lahir.replaceAll("-", "")}${y + 20 + q}01${wanita ? 2 : 1}${String(q + 1).padStart(3, "0")}`;
  return { nip, lahir, jk: wanita ? "P" : "L", nama: `Pegawai Bench ${i}` };
}
/** Cell c (0 … 4,999): unit c / 10, jabatan (unit × 7 + c % 10) % 1,000 — unique per unit. */
const cellOf = (c: number) => ({ unit: Math.floor(c / PER_UNIT), jabatan: (Math.floor(c / PER_UNIT) * 7 + (c % PER_UNIT)) % 1000 });

async function childPhase(phase: string, url: string, file: string, mode: "TAMBAH" | "GANTI") {
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db");
  const u = await db().user.findFirstOrThrow({ where: { username: "bench.pegawai" } });
  const actor = { id: u.id, username: u.username, nama: u.nama, role: u.role, instansiId: u.instansiId };
  const instansi = await db().instansi.findFirstOrThrow({ where: { kode: "BENCH-PG" } });
  const input = { instansiId: instansi.id, file, format: file.endsWith(".csv") ? "csv" : "xlsx", mode };
  const tahap: Record<string, number> = {};
  let last = performance.now();
  let lastTahap = "";
  const onProgress = (t: string) => {
    if (t === lastTahap) return;
    const now = performance.now();
    if (lastTahap) tahap[lastTahap] = Math.round(now - last);
    last = now;
    lastTahap = t;
  };
  const t0 = performance.now();
  const mod = await import("@/lib/services/pegawai/import-pegawai");
  const r = phase === "pratinjau" ? await mod.previewImportPegawai(db(), actor, input, onProgress) : await mod.importPegawai(db(), actor, input, onProgress);
  const ms = performance.now() - t0;
  tahap[lastTahap] = Math.round(performance.now() - last);
  const { verifyRekap } = await import("@/lib/services/rekap/recompute-rekap");
  const rekap = phase === "pratinjau" ? null : await verifyRekap(db());
  await db().$disconnect();
  const { contoh: _c, ...counts } = r as { contoh?: unknown };
  process.stdout.write(`RESULT ${JSON.stringify({ phase: `${phase} ${mode} .${input.format}`, ms: Math.round(ms), rows: r.baris, peakRssMb: peakRssMb(), detail: { ...counts, tahapMs: tahap, rekap } })}\n`);
}

async function generate(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(`INSERT INTO "Instansi" (kode, nama, jenis, "updatedAt") VALUES ('BENCH-PG', 'Instansi Bench Pegawai', 'KOTA', now())`);
    await c.query(`INSERT INTO "User" (username, nama, "passwordHash", role, "instansiId", "updatedAt") SELECT 'bench.pegawai', 'Bench Pegawai', 'x', 'OPERATOR', id, now() FROM "Instansi" WHERE kode = 'BENCH-PG'`);
    await c.query(`INSERT INTO "Unor" ("instansiId", "parentId", nama, "updatedAt") SELECT id, NULL, 'Sekretariat Daerah', now() FROM "Instansi" WHERE kode = 'BENCH-PG'`);
    await c.query(`INSERT INTO "Unor" ("instansiId", "parentId", nama, urutan, "updatedAt")
      SELECT u."instansiId", u.id, 'Bagian ' || g, g, now() FROM "Unor" u, generate_series(1, ${UNITS - 1}) g
      WHERE u."parentId" IS NULL AND u."instansiId" = (SELECT id FROM "Instansi" WHERE kode = 'BENCH-PG')`);
    await c.query(`INSERT INTO "Jabatan" (kode, nama, jenis, kelas, bup, "updatedAt") SELECT 'BP-' || g, 'Pelaksana Bench ' || g, 'PELAKSANA', 6, 58, now() FROM generate_series(0, 999) g`);
    const units = (await c.query(`SELECT id FROM "Unor" WHERE "instansiId" = (SELECT id FROM "Instansi" WHERE kode = 'BENCH-PG') ORDER BY id`)).rows.map((r) => r.id as number);
    const cells = Array.from({ length: UNITS * PER_UNIT }, (_, i) => cellOf(i));
    await c.query(`INSERT INTO "PetaJabatan" ("instansiId", "unorId", "jabatanId", kebutuhan, "updatedAt")
      SELECT (SELECT id FROM "Instansi" WHERE kode = 'BENCH-PG'), u, (SELECT id FROM "Jabatan" WHERE kode = 'BP-' || j), 12, now()
      FROM unnest($1::int[], $2::int[]) AS t(u, j)`, [cells.map((x) => units[x.unit]), cells.map((x) => x.jabatan)]);
    // 50,000 pegawai: person i in cell i % 5,000. Inserted with the triggers on (B and the recaps by trigger).
    const ps = Array.from({ length: 50_000 }, (_, i) => ({ ...person(i), ...cellOf(i % 5000) }));
    await c.query(`INSERT INTO "Pegawai" (nip, nama, "tanggalLahir", "jenisKelamin", jenis, "instansiId", "unorId", "jabatanId", "updatedAt")
      SELECT t.nip, t.nama, t.lahir, t.jk::"JenisKelamin", 'PNS', (SELECT id FROM "Instansi" WHERE kode = 'BENCH-PG'), t.u, (SELECT id FROM "Jabatan" WHERE kode = 'BP-' || t.j), now()
      FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::int[], $6::int[]) AS t(nip, nama, lahir, jk, u, j)`,
      [ps.map((p) => p.nip), ps.map((p) => p.nama), ps.map((p) => p.lahir), ps.map((p) => (p.jk === "P" ? "WANITA" : "PRIA")), ps.map((p) => units[p.unit]), ps.map((p) => p.jabatan)]);
    await c.query("COMMIT");
    return units;
  } finally {
    await c.end();
  }
}

/** Row i of a file: person `from + i`, in cell (i × step) % 5,000 (by unit ID and jabatan code). */
function fileRow(units: number[], from: number, i: number, step: number): string[] {
  const p = person(from + i);
  const cell = cellOf((i * step) % 5000);
  return [p.nip, p.nama, p.lahir, p.jk, "PNS", `BP-${cell.jabatan}`, String(units[cell.unit]), "S1 Administrasi", "2020-01-01"];
}

async function writeXlsx(file: string, units: number[], rows: number, from: number, step: number) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Pegawai");
  ws.addRow(PEGAWAI_COLUMNS.map((c) => c.header)).commit();
  for (let i = 0; i < rows; i++) ws.addRow(fileRow(units, from, i, step)).commit();
  ws.commit();
  await wb.commit();
}

function writeCsv(file: string, units: number[], rows: number, from: number, step: number) {
  const lines = [PEGAWAI_COLUMNS.map((c) => c.header).join(",")];
  for (let i = 0; i < rows; i++) lines.push(fileRow(units, from, i, step).join(","));
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

function runChild(phase: string, url: string, file: string, mode: string) {
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "bench/pegawai-impor.ts", "--phase", phase, "--url", url, "--file", file, "--mode", mode], {
    cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`fase ${phase} gagal:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice(7)) as { phase: string; ms: number; rows: number; peakRssMb: number; detail: unknown };
}

async function main() {
  if (values.phase) return childPhase(values.phase, values.url!, values.file!, values.mode as "TAMBAH" | "GANTI");
  const rows = Number(values.rows);
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
    let t0 = performance.now();
    const units = await generate(url);
    console.log(`data: ${UNITS} unor, ${UNITS * PER_UNIT} jabatan ditempatkan, 50.000 pegawai dalam ${Math.round(performance.now() - t0)} ms`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pegawai-"));
    const xlsx = path.join(dir, "pegawai.xlsx");
    const csv = path.join(dir, "pegawai.csv");
    t0 = performance.now();
    // Persons 25,000 … 124,999: 25,000 known NIPs (in other cells, step 7), then 75,000 new ones.
    await writeXlsx(xlsx, units, rows, 25_000, 7);
    // Persons 50,000 … 149,999: 75,000 known after the xlsx, moved once more (step 13), 25,000 new.
    writeCsv(csv, units, rows, 50_000, 13);
    console.log(`file: ${rows.toLocaleString("id-ID")} baris .xlsx (${(fs.statSync(xlsx).size / 1e6).toFixed(1)} MB) dan .csv (${(fs.statSync(csv).size / 1e6).toFixed(1)} MB) dalam ${Math.round(performance.now() - t0)} ms`);
    const results = [runChild("pratinjau", url, xlsx, "TAMBAH"), runChild("impor", url, xlsx, "TAMBAH"), runChild("impor", url, csv, "GANTI")];
    for (const r of results) {
      const pass = r.ms <= 60_000 ? "PASS" : "FAIL";
      console.log(`${r.phase.padEnd(24)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${String(Math.round(r.rows / (r.ms / 1000))).padStart(7)} baris/s  puncak RSS ${r.peakRssMb} MB  ${pass}  ${JSON.stringify(r.detail)}`);
    }
  } finally {
    await cluster.close();
  }
}

await main();
