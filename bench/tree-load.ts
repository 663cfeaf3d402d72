/**
 * Tree load bench (not a test): one instansi of 10,000 units and 50,000 placed jabatan, then the
 * editor's read (getUnorEditorData) timed many times, with the payload size the page sends.
 *   npm run bench:tree [-- --units 10000 --cells 50000 --runs 30]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/db-runtime/embedded";
import { migrateDeploy } from "../lib/db-runtime/migrate";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const UNITS = arg("units", 10_000);
const CELLS = arg("cells", 50_000);
const RUNS = arg("runs", 30);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-tree-bench-"));
fs.chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), ephemeral: true });
try {
  await ensureDatabase(server.adminUrl, "tree");
  const url = server.urlFor("tree");
  await migrateDeploy(url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  const inst = (await c.query(`INSERT INTO "Instansi"(kode, nama, jenis, "updatedAt") VALUES ('BENCH', 'Pemerintah Kabupaten Uji', 'KABUPATEN', now()) RETURNING id`)).rows[0].id as number;
  // 400 jabatan to place.
  await c.query(`INSERT INTO "Jabatan"(kode, nama, jenis, kelas, bup, "updatedAt")
    SELECT 'BJ-' || g, 'Jabatan Uji ' || g, (CASE WHEN g % 3 = 0 THEN 'PELAKSANA' ELSE 'FUNGSIONAL' END)::"JenisJabatan", 5 + g % 8, 58, now()
    FROM generate_series(1, 400) g`);
  // Levels: root → 40 dinas → bidang → seksi/schools until UNITS, inserted level by level (the path trigger works per row).
  await c.query(`INSERT INTO "Unor"("instansiId", nama, "updatedAt") VALUES ($1, 'Pemerintah Kabupaten Uji', now())`, [inst]);
  let total = 1;
  let level = 0;
  const fanout = [40, 6, 8, 6];
  while (total < UNITS) {
    const parents = (await c.query(`SELECT id FROM "Unor" WHERE "instansiId" = $1 AND array_length(path, 1) = $2`, [inst, level + 1])).rows.map((r) => r.id as number);
    const per = fanout[Math.min(level, fanout.length - 1)];
    const want = Math.min(UNITS - total, parents.length * per);
    await c.query(
      `INSERT INTO "Unor"("instansiId", "parentId", nama, urutan, "updatedAt")
       SELECT $1, p.id, 'Unit ' || $3 || '.' || p.id || '.' || k, k, now()
       FROM unnest($2::int[]) WITH ORDINALITY AS p(id, o), generate_series(1, $4) k
       LIMIT $5`,
      [inst, parents, level + 1, per, want],
    );
    total += want;
    level++;
  }
  await c.query("SET siasn.rekap_off = 'on'");
  await c.query(
    `INSERT INTO "PetaJabatan"("instansiId", "unorId", "jabatanId", kebutuhan, "updatedAt")
     SELECT $1, u.id, j.id, 1 + (u.id + j.id) % 7, now()
     FROM (SELECT id, row_number() OVER (ORDER BY id) rn FROM "Unor" WHERE "instansiId" = $1) u
     CROSS JOIN LATERAL (SELECT id FROM "Jabatan" WHERE id > (u.rn * 37) % 395 ORDER BY id LIMIT ceil($2::numeric / $3)::int) j
     LIMIT $2`,
    [inst, CELLS, UNITS],
  );
  await c.query("SELECT rekap_recompute()");
  const counts = (await c.query(`SELECT (SELECT count(*) FROM "Unor") u, (SELECT count(*) FROM "PetaJabatan") p`)).rows[0];
  console.log(`dataset: ${counts.u} unor, ${counts.p} jabatan terpeta, dibangun dalam ${Math.round(performance.now() - t0)} ms`);
  await c.end();

  process.env.DATABASE_URL = url;
  const { getUnorEditorData } = await import("../lib/data/unor");
  const { packEditorData } = await import("../lib/domain/tree/editor-tree");
  const actor = { id: 0, username: "bench", nama: "Bench", role: "ADMIN" as const, instansiId: null };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const s = performance.now();
    const data = (await getUnorEditorData(actor, inst, { includeInactive: false }))!;
    // What the page sends: the packed form (numbers in strings, each catalogue jabatan once).
    const json = JSON.stringify(packEditorData(data.units, data.cells));
    const ms = performance.now() - s;
    if (i >= 3) times.push(ms); // warm-up runs are not counted
    bytes = Buffer.byteLength(json);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  const last = (await getUnorEditorData(actor, inst, { includeInactive: false }))!;
  const gz = (await import("node:zlib")).gzipSync(JSON.stringify(packEditorData(last.units, last.cells))).length;
  const result = { units: Number(counts.u), cells: Number(counts.p), runs: RUNS, p50Ms: Number(q(0.5)), p95Ms: Number(q(0.95)), payloadBytes: bytes, payloadGzipBytes: gz };
  console.log(`muat pohon (query + pengemasan + JSON): p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms; payload ${(bytes / 1e6).toFixed(2)} MB (${(gz / 1e6).toFixed(2)} MB gzip)`);
  fs.mkdirSync(path.join(import.meta.dirname, "out"), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, "out", `tree-load-${Date.now()}.json`), JSON.stringify(result, null, 2));
  const { db } = await import("../lib/db");
  await db().$disconnect();
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
