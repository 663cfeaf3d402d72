/**
 * Deterministic synthetic national dataset (Task 1). Everything heavy runs inside PostgreSQL as
 * set-based INSERT … SELECT over generate_series; every random choice is a hash of a row key
 * (hashint8extended, a stable built-in integer hash), so the same scale gives identical data.
 *
 * Shape at scale 1: ~632 instansi (80 pusat, 38 provinsi, 416 kabupaten, 98 kota), ~0.5 M units,
 * ~2.5 M PetaJabatan cells and exactly 4,734,041 active pegawai (3,566,141 PNS + 1,167,900 PPPK,
 * BKN 2024); plus ~1 % inactive (retired) pegawai and ~0.2 % active pegawai not yet placed in a
 * jabatan (jabatanId NULL) — both deliberate, so that filters on aktif/jabatanId are exercised.
 *
 * The whole load is one transaction that starts with TRUNCATE (so under wal_level=minimal the new
 * relation files skip WAL), with the row triggers of Unor/PetaJabatan/Pegawai disabled and
 * `siasn.rekap_off` on; Unor.path is computed here (what unor_set_path would do), NIPs are built
 * valid, and rekap_recompute() runs once at the end. The marker row in siasn_bench.meta is written
 * in the same transaction, so a dataset is either complete or absent.
 */
import pg from "pg";
import { DEFAULT_RULE_SET } from "../../lib/domain/abk/rule-set";
import { JABATAN, NAMA_BELAKANG, NAMA_PRIA, NAMA_WANITA, PLACE_A, PLACE_B, PLACE_SPACED, POOLS, PUSAT } from "./catalog";
import { CELL_TEMPLATES, INST_COLS, UNIT_SPECS, buildInstansi, instansiCounts, type InstansiRow } from "./structure";

/** Bump when the generated data change, so that an old dataset of the same scale is rebuilt. */
export const GENERATOR_VERSION = 1;

export const NASIONAL = {
  /** BKN 2024. */
  asn: 4_734_041,
  pppk: 1_167_900,
  /** National kebutuhan ÷ existing (a shortage overall). */
  rasioKebutuhan: 1.15,
  /** Data are "per 31 December" of this year: active pegawai retire in REF_YEAR + 1 or later. */
  refYear: 2025,
};

const TS = "timestamp '2026-01-01 00:00:00'";
const STAGE = "siasn_bench_stage";
const META = "siasn_bench";

export interface StepStat {
  step: string;
  rows: number;
  ms: number;
  rowsPerSec: number;
}

export interface DatasetCounts {
  instansi: number;
  instansiPerJenis: Record<string, number>;
  unor: number;
  jabatan: number;
  petaJabatan: number;
  kebutuhan: number;
  existing: number;
  pegawai: number;
  pegawaiAktif: number;
  pns: number;
  pppk: number;
  belumDipetakan: number;
  nonAktif: number;
}

export interface DatasetMeta {
  version: number;
  scale: number;
  counts: DatasetCounts;
  steps: StepStat[];
  totalMs: number;
  startedAt: string;
  finishedAt: string;
}

export interface GenerateOptions {
  url: string;
  scale: number;
  log?: (line: string) => void;
  /** Rebuild even when a complete dataset of this scale exists; also allows wiping foreign data. */
  fresh?: boolean;
  /** Drop the secondary indexes of Unor/PetaJabatan/Pegawai during the load and rebuild them. */
  dropIndexes?: boolean;
  /** session_replication_role = replica during the load (skips FK checks; superuser only). */
  skipForeignKeys?: boolean;
}

export interface GenerateResult {
  reused: boolean;
  meta: DatasetMeta;
}

// ---------------------------------------------------------------------------------------------
// SQL helpers: H = non-negative 31-bit hash of (key, salt); U = uniform [0, 1).

const H = (key: string, salt: number) => `(hashint8extended((${key})::bigint, ${salt}) & 2147483647)`;
const U = (key: string, salt: number) => `(${H(key, salt)}::float8 / 2147483648.0)`;
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (xs: string[]) => `ARRAY[${xs.map(lit).join(",")}]::text[]`;

function placeSql(hashExpr: string): string {
  const a = arr(PLACE_A);
  const b = arr(PLACE_B);
  const spaced = arr([...PLACE_SPACED]);
  const pa = `(${a})[1 + ((${hashExpr}) % ${PLACE_A.length})::int]`;
  const pb = `(${b})[1 + (((${hashExpr}) / ${PLACE_A.length}) % ${PLACE_B.length})::int]`;
  return `CASE WHEN ${pa} = ANY(${spaced}) THEN ${pa} || ' ' || initcap(${pb}) ELSE ${pa} || ${pb} END`;
}

export function scaleLabel(scale: number): string {
  return String(scale).replace(".", "_");
}

export function databaseNameFor(scale: number): string {
  return `nasional_${scaleLabel(scale)}`;
}

// ---------------------------------------------------------------------------------------------

export async function readMeta(client: pg.Client): Promise<(DatasetMeta & { vacuumed: boolean }) | null> {
  const exists = await client.query(`SELECT to_regclass('${META}.meta') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return null;
  const r = await client.query(`SELECT meta, vacuumed_at FROM ${META}.meta WHERE id = 1`);
  if (!r.rowCount) return null;
  return { ...(r.rows[0].meta as DatasetMeta), vacuumed: r.rows[0].vacuumed_at !== null };
}

function checkCatalog(): void {
  const kode = new Set(JABATAN.map((j) => j.kode));
  if (kode.size !== JABATAN.length) throw new Error("katalog jabatan: kode ganda");
  for (const [name, list] of Object.entries(POOLS)) for (const k of list) if (!kode.has(k)) throw new Error(`pool ${name}: jabatan ${k} tidak ada`);
  for (const [name, rows] of Object.entries(CELL_TEMPLATES))
    for (const r of rows) {
      if (r.mode === "J" && !kode.has(r.ref!)) throw new Error(`template ${name}: jabatan ${r.ref} tidak ada`);
      if (r.mode === "POOL" && !r.ref!.startsWith("$") && !POOLS[r.ref!]) throw new Error(`template ${name}: pool ${r.ref} tidak ada`);
    }
  const sektors = new Set<string>(PUSAT.map((p) => p.sektor));
  for (const s of UNIT_SPECS) {
    if (s.head && !kode.has(s.head)) throw new Error(`unit ${s.kind}: kepala ${s.head} tidak ada`);
    if (!CELL_TEMPLATES[s.tpl]) throw new Error(`unit ${s.kind}: template ${s.tpl} tidak ada`);
    if (s.sektor) sektors.add(s.sektor);
    for (const x of s.sektors ?? []) sektors.add(x);
  }
  for (const s of sektors) if (!POOLS[s]) throw new Error(`sektor ${s} tidak punya pool`);
}

/**
 * Generates (or reuses) the dataset of `scale` in the database at `url`, which must already have the
 * migrations applied. Returns the stored meta (counts, per-step load rates).
 */
export async function generateNasional(opts: GenerateOptions): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const scale = opts.scale;
  if (!(scale > 0 && scale <= 10)) throw new Error(`skala tidak sah: ${scale}`);
  checkCatalog();
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const existing = await readMeta(client);
    if (existing && !opts.fresh && existing.version === GENERATOR_VERSION && existing.scale === scale) {
      if (!existing.vacuumed) await vacuumAll(client, log);
      log(`dataset skala ${scale} sudah lengkap (dibuat ${existing.finishedAt}); dipakai ulang. --fresh untuk membuat ulang.`);
      return { reused: true, meta: existing };
    }
    if (!existing && !opts.fresh) {
      const { rows } = await client.query(`SELECT (SELECT count(*) FROM "Instansi")::int + (SELECT count(*) FROM "User")::int AS n`);
      if (rows[0].n > 0) throw new Error("Basis data ini sudah berisi data yang bukan buatan generator nasional. Pakai --fresh untuk menghapusnya, atau basis data lain.");
    }
    if (existing) log(`dataset lama (skala ${existing.scale}, versi ${existing.version}) diganti.`);
    const meta = await load(client, scale, opts, log);
    await vacuumAll(client, log);
    return { reused: false, meta };
  } finally {
    await client.end();
  }
}

async function vacuumAll(client: pg.Client, log: (l: string) => void): Promise<void> {
  const t = performance.now();
  for (const table of ["Instansi", "Jabatan", "Unor", "PetaJabatan", "Pegawai", "RekapInstansiJabatan", "RekapPensiun"]) {
    await client.query(`VACUUM (ANALYZE) "${table}"`);
  }
  await client.query(`UPDATE ${META}.meta SET vacuumed_at = now() WHERE id = 1`);
  log(`VACUUM ANALYZE selesai dalam ${((performance.now() - t) / 1000).toFixed(1)} dtk`);
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function load(client: pg.Client, scale: number, opts: GenerateOptions, log: (l: string) => void): Promise<DatasetMeta> {
  const started = new Date();
  const t0 = performance.now();
  const steps: StepStat[] = [];
  const N = Math.round(NASIONAL.asn * scale);
  const K = Math.round(NASIONAL.pppk * scale);
  const c = instansiCounts(scale);
  log(
    `skala ${scale}: ${c.pusat} pusat, ${c.provinsi} provinsi, ${c.kabupaten} kabupaten, ${c.kota} kota; ` +
      `${fmt(N)} pegawai aktif (${fmt(N - K)} PNS + ${fmt(K)} PPPK)`,
  );

  const q = (sql: string, params?: unknown[]) => client.query(sql, params as unknown[]);
  const count = async (sql: string) => Number((await q(sql)).rows[0].n);
  async function step(name: string, fn: () => Promise<number>): Promise<number> {
    const s = performance.now();
    const beat = setInterval(() => log(`  … ${name} masih berjalan (${((performance.now() - s) / 1000).toFixed(0)} dtk)`), 30_000);
    try {
      const rows = await fn();
      const ms = performance.now() - s;
      const stat = { step: name, rows, ms: Math.round(ms), rowsPerSec: Math.round(rows / Math.max(ms / 1000, 1e-3)) };
      steps.push(stat);
      log(
        `[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} dtk] ${name.padEnd(34)} ${fmt(rows).padStart(11)} baris ` +
          `${(ms / 1000).toFixed(1).padStart(7)} dtk ${fmt(stat.rowsPerSec).padStart(10)} baris/dtk`,
      );
      return rows;
    } finally {
      clearInterval(beat);
    }
  }

  const superuser = (await q(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0]?.rolsuper === true;
  await q("BEGIN");
  try {
    await q(`SET LOCAL work_mem = '1GB'`);
    await q(`SET LOCAL maintenance_work_mem = '2GB'`);
    await q(`SET LOCAL siasn.rekap_off = 'on'`);
    await q(`SET LOCAL synchronous_commit = off`);
    if (opts.skipForeignKeys && superuser) await q(`SET LOCAL session_replication_role = replica`);

    await step("kosongkan tabel", async () => {
      await q(`TRUNCATE "AuditLog", "UraianTugas", "Infojab", "Usulan", "User", "Pegawai", "PetaJabatan", "Unor", "Jabatan",
               "AturanPerhitungan", "RekapInstansiJabatan", "RekapPensiun", "Instansi" RESTART IDENTITY CASCADE`);
      await q(`DROP SCHEMA IF EXISTS ${STAGE} CASCADE`);
      await q(`CREATE SCHEMA ${STAGE}`);
      await q(`CREATE SCHEMA IF NOT EXISTS ${META}`);
      await q(`CREATE TABLE IF NOT EXISTS ${META}.meta (id int PRIMARY KEY, meta jsonb NOT NULL, vacuumed_at timestamptz)`);
      await q(`DELETE FROM ${META}.meta`);
      for (const t of ["Unor", "PetaJabatan", "Pegawai"]) await q(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
      return 0;
    });

    let dropped: { name: string; def: string }[] = [];
    if (opts.dropIndexes) {
      dropped = (
        await q(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
                 WHERE i.schemaname = 'public' AND i.tablename IN ('Unor', 'PetaJabatan', 'Pegawai')
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                 ORDER BY i.tablename, i.indexname`)
      ).rows;
      for (const d of dropped) await q(`DROP INDEX "${d.name}"`);
    }

    // ---- Reference data.
    const inst = buildInstansi(scale);
    await step("Instansi", async () => {
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_inst (
        id int PRIMARY KEY, kode text, nama text, jenis text, tpl text, wilayah text, short text, style text, sektor text,
        vert text, kanwil text, kantor text, step int, prov_id int, dasar_hukum text,
        ${INST_COLS.map((col) => `${col} float8`).join(", ")})`);
      const rows = inst.map((r: InstansiRow) => ({
        id: r.id,
        kode: r.kode,
        nama: r.nama,
        jenis: r.jenis,
        tpl: r.tpl,
        wilayah: r.wilayah,
        short: r.short,
        style: r.style,
        sektor: r.sektor,
        vert: r.vert,
        kanwil: r.kanwil,
        kantor: r.kantor,
        step: r.step,
        prov_id: r.provId,
        dasar_hukum: r.dasarHukum,
        ...Object.fromEntries(INST_COLS.map((col) => [col, r[col]])),
      }));
      await q(`INSERT INTO ${STAGE}.g_inst SELECT * FROM json_populate_recordset(NULL::${STAGE}.g_inst, $1::json)`, [JSON.stringify(rows)]);
      await q(`INSERT INTO "Instansi" (id, kode, nama, jenis, wilayah, "createdAt", "updatedAt")
               SELECT id, kode, nama, jenis::"JenisInstansi", wilayah, ${TS}, ${TS} FROM ${STAGE}.g_inst ORDER BY id`);
      return inst.length;
    });

    await step("Jabatan (katalog)", async () => {
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_jab (
        id int PRIMARY KEY, kode text UNIQUE, nama text, jenis text, jenjang text, kelas int, bup int, pembina text, grup text,
        min_age int, entry_age int, female float8, pppk float8, bias float8, pendidikan text, pendidikan_alt text,
        gelar_depan text, gelar_belakang text)`);
      const rows = JABATAN.map((j, i) => ({
        id: i + 1,
        kode: j.kode,
        nama: j.nama,
        jenis: j.jenis,
        jenjang: j.jenjang,
        kelas: j.kelas,
        bup: j.bup,
        pembina: j.pembina,
        grup: j.grup,
        min_age: j.minAge,
        entry_age: j.entryAge,
        female: j.female,
        pppk: j.pppk,
        bias: j.bias,
        pendidikan: j.pendidikan,
        pendidikan_alt: j.pendidikanAlt,
        gelar_depan: j.gelarDepan,
        gelar_belakang: j.gelarBelakang,
      }));
      await q(`INSERT INTO ${STAGE}.g_jab SELECT * FROM json_populate_recordset(NULL::${STAGE}.g_jab, $1::json)`, [JSON.stringify(rows)]);
      await q(`INSERT INTO "Jabatan" (id, kode, nama, jenis, jenjang, kelas, bup, "instansiPembinaId", aktif, "createdAt", "updatedAt")
               SELECT j.id, j.kode, j.nama, j.jenis::"JenisJabatan", j.jenjang::"Jenjang", j.kelas, j.bup, i.id, true, ${TS}, ${TS}
               FROM ${STAGE}.g_jab j LEFT JOIN ${STAGE}.g_inst i ON i.kode = j.pembina ORDER BY j.id`);
      const r = DEFAULT_RULE_SET;
      await q(
        `INSERT INTO "AturanPerhitungan" (versi, "berlakuMulai", "wkeMenit", "faktorPeriode", pembulatan, "bandEJ", sumber, "createdAt")
         VALUES ($1, date '2020-01-01', $2, $3::jsonb, $4::"Pembulatan", $5::jsonb, $6, ${TS})`,
        [r.versi, r.wkeMenit, JSON.stringify(r.faktorPeriode), r.pembulatan, JSON.stringify(r.bandEJ.map((b) => ({ ...b, min: Number(b.min) }))), "Permenpan RB No. 1 Tahun 2020 (WKE 1.250 jam/tahun)"],
      );
      return JABATAN.length;
    });

    // ---- Units, level by level (parents first), path computed here.
    await step("Unor (susun pohon)", async () => {
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_spec (
        ord int PRIMARY KEY, parent text, kind text, itpl text[], vert text[], style text, col text, lo float8, hi float8,
        jenis text, eselon text, head text, tpl text, name_mode text, names text[], prefix text, sektor text, sektors text[],
        pembina text, special text)`);
      const specs = UNIT_SPECS.map((s, i) => ({
        ord: i + 1,
        parent: s.parent,
        kind: s.kind,
        itpl: s.itpl ?? null,
        vert: s.vert ?? null,
        style: s.style ?? null,
        col: Array.isArray(s.count) ? null : s.count.col,
        lo: Array.isArray(s.count) ? s.count[0] : s.count.lo,
        hi: Array.isArray(s.count) ? s.count[1] : s.count.hi,
        jenis: s.jenis,
        eselon: s.eselon,
        head: s.head,
        tpl: s.tpl,
        name_mode: s.nameMode,
        names: s.names ?? null,
        prefix: s.prefix ?? null,
        sektor: s.sektor ?? null,
        sektors: s.sektors ?? null,
        pembina: s.pembina ?? null,
        special: s.special ?? null,
      }));
      await q(`INSERT INTO ${STAGE}.g_spec SELECT * FROM json_populate_recordset(NULL::${STAGE}.g_spec, $1::json)`, [JSON.stringify(specs)]);
      await q(`CREATE UNLOGGED TABLE ${STAGE}.gu (
        id int PRIMARY KEY, instansi_id int NOT NULL, parent_id int, path int[] NOT NULL, depth int NOT NULL, pass int NOT NULL,
        kind text NOT NULL, nama text NOT NULL, jenis text NOT NULL, eselon text, head text, tpl text NOT NULL, sektor text,
        itpl text NOT NULL, place text, ref_id int, urutan int NOT NULL, pembina text)`);
      // Roots: one per instansi, id = instansi id.
      await q(`INSERT INTO ${STAGE}.gu
        SELECT i.id, i.id, NULL, ARRAY[i.id], 1, 0, CASE i.tpl WHEN 'PUSAT' THEN 'ROOT_PUSAT' ELSE 'ROOT_PEMDA' END, i.nama, 'STRUKTURAL',
               CASE i.style WHEN 'LEMBAGA' THEN 'JPT_UTAMA' END, CASE i.style WHEN 'LEMBAGA' THEN 'S-KEPALA-LPNK' END,
               CASE i.style WHEN 'LEMBAGA' THEN 'ROOT_LPNK' ELSE 'NONE' END, i.sektor, i.tpl, i.short, NULL, 0, NULL
        FROM ${STAGE}.g_inst i`);
      await q(`CREATE INDEX ON ${STAGE}.gu (pass)`);
      await q(`ANALYZE ${STAGE}.gu`);
      await q(`ANALYZE ${STAGE}.g_inst`);
      await q(`ANALYZE ${STAGE}.g_spec`);
      const colCase = `CASE sp.col ${INST_COLS.map((col) => `WHEN '${col}' THEN i.${col}`).join(" ")} END`;
      for (let pass = 1; pass < 20; pass++) {
        const tp = performance.now();
        const base = Number((await q(`SELECT coalesce(max(id), 0) AS m FROM ${STAGE}.gu`)).rows[0].m);
        const src = `
          SELECT p.id AS parent_id, p.path AS ppath, p.depth, p.nama AS pnama, p.instansi_id, p.itpl, sp.ord AS spec_ord, g.n::int AS n,
                 sp.kind, sp.name_mode, sp.names, sp.prefix, NULL::text AS office, sp.jenis, sp.eselon, sp.head, sp.tpl,
                 coalesce(sp.sektors[g.n], sp.sektor, p.sektor) AS sektor, p.place, p.ref_id, sp.pembina
          FROM ${STAGE}.gu p
          JOIN ${STAGE}.g_inst i ON i.id = p.instansi_id
          JOIN ${STAGE}.g_spec sp ON sp.parent = p.kind AND sp.special IS NULL
            AND (sp.itpl IS NULL OR i.tpl = ANY(sp.itpl)) AND (sp.vert IS NULL OR i.vert = ANY(sp.vert))
            AND (sp.style IS NULL OR sp.style = i.style)
          CROSS JOIN LATERAL (SELECT CASE WHEN sp.col IS NULL THEN sp.lo ELSE round(${colCase} * sp.lo) END::int AS lo,
                                     CASE WHEN sp.col IS NULL THEN sp.hi ELSE round(${colCase} * sp.hi) END::int AS hi) r
          CROSS JOIN LATERAL generate_series(1, r.lo + (${H("p.id::bigint * 256 + sp.ord", 100)} % greatest(r.hi - r.lo + 1, 1))::int) g(n)
          WHERE p.pass = ${pass - 1}
          UNION ALL
          SELECT p.id, p.path, p.depth, p.nama, p.instansi_id, p.itpl, sp.ord, pr.rk::int,
                 sp.kind, sp.name_mode, sp.names, sp.prefix, i.kanwil || ' ' || pr.short, sp.jenis, sp.eselon, sp.head, sp.tpl,
                 coalesce(sp.sektor, p.sektor), pr.short, pr.id, sp.pembina
          FROM ${STAGE}.gu p
          JOIN ${STAGE}.g_inst i ON i.id = p.instansi_id
          JOIN ${STAGE}.g_spec sp ON sp.parent = p.kind AND sp.special = 'KANWIL' AND i.vert = ANY(sp.vert)
          JOIN (SELECT id, short, row_number() OVER (ORDER BY id) AS rk FROM ${STAGE}.g_inst WHERE tpl = 'PROV') pr
            ON (pr.rk - 1) % i.step = 0
          WHERE p.pass = ${pass - 1}
          UNION ALL
          SELECT p.id, p.path, p.depth, p.nama, p.instansi_id, p.itpl, sp.ord, kk.rk::int,
                 sp.kind, sp.name_mode, sp.names, sp.prefix, i.kantor || ' ' || kk.wil, sp.jenis, sp.eselon, sp.head, sp.tpl,
                 coalesce(sp.sektor, p.sektor), kk.short, kk.id, sp.pembina
          FROM ${STAGE}.gu p
          JOIN ${STAGE}.g_inst i ON i.id = p.instansi_id
          JOIN ${STAGE}.g_spec sp ON sp.parent = p.kind AND sp.special = 'KANTOR' AND i.vert = ANY(sp.vert)
          JOIN (SELECT id, short, prov_id, replace(nama, 'Pemerintah ', '') AS wil,
                       row_number() OVER (PARTITION BY prov_id ORDER BY id) AS rk
                FROM ${STAGE}.g_inst WHERE tpl IN ('KAB', 'KOTA')) kk ON kk.prov_id = p.ref_id
          WHERE p.pass = ${pass - 1}`;
        const insertSql = `
          INSERT INTO ${STAGE}.gu (id, instansi_id, parent_id, path, depth, pass, kind, nama, jenis, eselon, head, tpl, sektor, itpl, place, ref_id, urutan, pembina)
          SELECT x.id, x.instansi_id, x.parent_id, x.ppath || x.id, x.depth + 1, ${pass}, x.kind,
                 CASE x.name_mode
                   WHEN 'list' THEN coalesce(x.names[x.n], x.prefix || ' ' || x.n)
                   WHEN 'parent' THEN coalesce(x.names[x.n], x.prefix) || ' ' || x.pnama
                   WHEN 'place' THEN x.prefix || ' ' || ${placeSql(H("x.id", 7))}
                   WHEN 'inst' THEN x.prefix || ' ' || row_number() OVER (PARTITION BY x.instansi_id, x.kind, x.place ORDER BY x.id) || ' ' || x.place
                   ELSE x.office
                 END,
                 x.jenis, x.eselon, x.head, x.tpl, x.sektor, x.itpl, x.place, x.ref_id,
                 row_number() OVER (PARTITION BY x.parent_id ORDER BY x.id), x.pembina
          FROM (SELECT ${base} + row_number() OVER (ORDER BY s.parent_id, s.spec_ord, s.n) AS id, s.* FROM (${src}) s) x`;
        const r = await q(insertSql);
        if (!r.rowCount) break;
        await q(`ANALYZE ${STAGE}.gu`);
        log(`  tingkat ${pass + 1}: ${fmt(r.rowCount)} unor (${((performance.now() - tp) / 1000).toFixed(1)} dtk)`);
      }
      return count(`SELECT count(*) AS n FROM ${STAGE}.gu`);
    });

    await step("Unor (insert)", async () => {
      const r = await q(`
        INSERT INTO "Unor" (id, "instansiId", "parentId", path, nama, jenis, eselon, urutan, aktif, "dasarHukumNomor", "dasarHukumTanggal",
                            "kodePembina", version, "createdAt", "updatedAt")
        SELECT u.id, u.instansi_id, u.parent_id, u.path, left(u.nama, 300), u.jenis::"JenisUnor", u.eselon::"Jenjang", u.urutan, true,
               CASE WHEN u.depth <= 2 THEN left(i.dasar_hukum, 200) END, CASE WHEN u.depth <= 2 THEN date '2021-01-04' END,
               CASE u.pembina
                 WHEN 'NPSN' THEN (10000000 + ${H("u.id", 8)} % 89999999)::text
                 WHEN 'FASKES' THEN 'P' || lpad((${H("u.id", 9)} % 10000000000)::text, 10, '0')
                 WHEN 'RS' THEN lpad((${H("u.id", 10)} % 10000000)::text, 7, '0')
               END,
               1, ${TS}, ${TS}
        FROM ${STAGE}.gu u JOIN ${STAGE}.g_inst i ON i.id = u.instansi_id ORDER BY u.id`);
      return r.rowCount ?? 0;
    });

    // ---- Cells.
    await step("PetaJabatan (kandidat sel)", async () => {
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_tpl (tpl text, slot int, mode text, ref text, p float8, dlo int, dhi int, klo int, khi int, sumber text)`);
      const tplRows = Object.entries(CELL_TEMPLATES).flatMap(([tpl, rows]) =>
        rows.map((r, i) => ({ tpl, slot: i + 1, mode: r.mode, ref: r.ref ?? null, p: r.p ?? 1, dlo: r.draws?.[0] ?? 1, dhi: r.draws?.[1] ?? 1, klo: r.k[0], khi: r.k[1], sumber: r.sumber })),
      );
      await q(`INSERT INTO ${STAGE}.g_tpl SELECT * FROM json_populate_recordset(NULL::${STAGE}.g_tpl, $1::json)`, [JSON.stringify(tplRows)]);
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_pool (pool text, idx int, jabatan_id int, PRIMARY KEY (pool, idx))`);
      const poolRows = Object.entries(POOLS).flatMap(([pool, list]) => list.map((kode, idx) => ({ pool, idx, kode })));
      await q(
        `INSERT INTO ${STAGE}.g_pool SELECT x.pool, x.idx, j.id FROM json_to_recordset($1::json) AS x(pool text, idx int, kode text)
         JOIN ${STAGE}.g_jab j ON j.kode = x.kode`,
        [JSON.stringify(poolRows)],
      );
      await q(`CREATE UNLOGGED TABLE ${STAGE}.g_poolsize AS SELECT pool, count(*)::int AS size FROM ${STAGE}.g_pool GROUP BY pool`);
      const r = await q(`
        CREATE UNLOGGED TABLE ${STAGE}.g_cand AS
        SELECT u.id AS unor_id, u.instansi_id, t.slot, 0 AS d, j.id AS jabatan_id,
               t.klo + ${H("u.id::bigint * 64 + t.slot", 1000)} % (t.khi - t.klo + 1) AS k0, t.sumber
        FROM ${STAGE}.gu u
        JOIN ${STAGE}.g_tpl t ON t.tpl = u.tpl AND t.mode IN ('HEAD', 'J')
        JOIN ${STAGE}.g_jab j ON j.kode = CASE t.mode WHEN 'HEAD' THEN u.head ELSE t.ref END
        WHERE ${U("u.id::bigint * 64 + t.slot", 2000)} < t.p
        UNION ALL
        SELECT u.id, u.instansi_id, t.slot, dd.d, pl.jabatan_id,
               t.klo + ${H("(u.id::bigint * 64 + t.slot) * 16 + dd.d", 3000)} % (t.khi - t.klo + 1), t.sumber
        FROM ${STAGE}.gu u
        JOIN ${STAGE}.g_tpl t ON t.tpl = u.tpl AND t.mode = 'POOL'
        JOIN ${STAGE}.g_poolsize ps ON ps.pool = CASE t.ref WHEN '$SEKTOR' THEN u.sektor
                                                           WHEN '$PEL' THEN CASE u.itpl WHEN 'PUSAT' THEN 'PEL_PUSAT' ELSE 'PEL' END
                                                           ELSE t.ref END
        CROSS JOIN LATERAL generate_series(0, least(ps.size, t.dlo + (${H("u.id::bigint * 64 + t.slot", 4000)} % (t.dhi - t.dlo + 1))::int) - 1) dd(d)
        JOIN ${STAGE}.g_pool pl ON pl.pool = ps.pool AND pl.idx = ((${H("u.id::bigint * 64 + t.slot", 5000)} + dd.d) % ps.size)
        WHERE ${U("u.id::bigint * 64 + t.slot", 6000)} < t.p`);
      return r.rowCount ?? 0;
    });

    const cellRows = await step("PetaJabatan (sel unik, kebutuhan, existing)", async () => {
      await q(`
        CREATE UNLOGGED TABLE ${STAGE}.g_cell0 AS
        SELECT row_number() OVER (ORDER BY unor_id, slot, d) AS id, unor_id, instansi_id, jabatan_id, k0, sumber, slot, d
        FROM (SELECT DISTINCT ON (unor_id, jabatan_id) * FROM ${STAGE}.g_cand ORDER BY unor_id, jabatan_id, slot, d) x`);
      const ks = (await q(`SELECT coalesce(sum(k0) FILTER (WHERE sumber = 'S'), 0)::float8 AS s, coalesce(sum(k0) FILTER (WHERE sumber <> 'S'), 0)::float8 AS n FROM ${STAGE}.g_cell0`)).rows[0];
      // Scale the non-structural kebutuhan so that national kebutuhan ≈ rasio × active pegawai.
      // 3 % of non-structural cells get K = 0 below, hence the 0.97.
      const R = Math.max(0.2, (NASIONAL.rasioKebutuhan * N - ks.s) / Math.max(0.97 * ks.n, 1));
      log(`  faktor kebutuhan nonstruktural R = ${R.toFixed(4)}`);
      // k: final kebutuhan (3 % of non-structural cells are being phased out: K = 0 but still held).
      // ef: a structural head is filled in 94 % of units (never twice). w: weight of a non-structural cell
      // in the allocation of the remaining active pegawai (lognormal scatter around K·bias; 5 % vacant).
      await q(`
        CREATE UNLOGGED TABLE ${STAGE}.g_cell1 AS
        SELECT c.id, c.unor_id, c.instansi_id, c.jabatan_id, c.sumber, c.slot, c.d, j.pppk,
               CASE WHEN c.sumber = 'S' THEN c.k0
                    WHEN ${U("c.id", 12)} < 0.03 THEN 0
                    ELSE floor(c.k0 * ${R} + ${U("c.id", 11)})::int END AS k,
               CASE WHEN c.sumber = 'S' AND ${U("c.id", 17)} < 0.94 THEN 1 ELSE 0 END AS ef,
               CASE WHEN c.sumber = 'S' OR ${U("c.id", 13)} < 0.05 THEN 0
                    ELSE round(1000 * c.k0 * ${R} * j.bias * exp(0.5 * 2 * (${U("c.id", 21)} + ${U("c.id", 22)} + ${U("c.id", 23)} - 1.5)))::bigint END AS w
        FROM ${STAGE}.g_cell0 c JOIN ${STAGE}.g_jab j ON j.id = c.jabatan_id`);
      const tot = (await q(`SELECT sum(w)::text AS w, sum(ef)::int AS ef FROM ${STAGE}.g_cell1`)).rows[0];
      const W = BigInt(tot.w);
      const N2 = N - tot.ef;
      if (N2 < 0) throw new Error("terlalu banyak jabatan struktural untuk jumlah pegawai");
      // Exactly N active pegawai: e = ef + floor(C·N'/W) − floor((C−w)·N'/W) over the cumulative weight C.
      await q(`
        CREATE UNLOGGED TABLE ${STAGE}.g_cell2 AS
        SELECT x.*, round(x.e * x.pppk * 1000)::bigint AS v
        FROM (SELECT c.*, c.ef + (cw * ${N2}::bigint) / ${W}::bigint - ((cw - w) * ${N2}::bigint) / ${W}::bigint AS e
              FROM (SELECT c.*, sum(w) OVER (ORDER BY id)::bigint AS cw FROM ${STAGE}.g_cell1 c) c) x`);
      const V = BigInt((await q(`SELECT greatest(sum(v), 1)::text AS s FROM ${STAGE}.g_cell2`)).rows[0].s);
      // Exactly K of them PPPK, proportional to e × propensity. unplaced: one active holder not yet in
      // the jabatan (jabatanId NULL); inact: retired holders kept as aktif = false (~1 %).
      await q(`
        CREATE UNLOGGED TABLE ${STAGE}.g_cell AS
        SELECT x.id, x.unor_id, x.instansi_id, x.jabatan_id, x.sumber, x.slot, x.d, x.k, x.e::int AS e, x.pppk_n::int AS pppk_n,
               x.unplaced, x.inact, x.e::int - x.unplaced AS existing,
               (sum(x.e + x.inact) OVER (ORDER BY x.id) - (x.e + x.inact))::bigint AS off
        FROM (SELECT c.*, least(c.e, (cv * ${K}::bigint) / ${V}::bigint - ((cv - c.v) * ${K}::bigint) / ${V}::bigint) AS pppk_n,
                     CASE WHEN c.e >= 2 AND ${U("c.id", 14)} < 0.01 THEN 1 ELSE 0 END AS unplaced,
                     floor(c.e * 0.01 + ${U("c.id", 15)})::int AS inact
              FROM (SELECT c.*, sum(v) OVER (ORDER BY id)::bigint AS cv FROM ${STAGE}.g_cell2 c) c) x`);
      return count(`SELECT count(*) AS n FROM ${STAGE}.g_cell`);
    });

    await step("PetaJabatan (insert)", async () => {
      const r = await q(`
        INSERT INTO "PetaJabatan" (id, "instansiId", "unorId", "jabatanId", kebutuhan, existing, "sumberKebutuhan", "aturanVersi", urutan, version,
                                   "createdAt", "updatedAt")
        SELECT id, instansi_id, unor_id, jabatan_id, k, existing, s::"SumberKebutuhan", CASE s WHEN 'ABK' THEN ${lit(DEFAULT_RULE_SET.versi)} END,
               slot * 16 + d, 1, ${TS}, ${TS}
        FROM (SELECT c.*, CASE c.sumber WHEN 'S' THEN 'STRUKTURAL'
                                        WHEN 'P' THEN CASE WHEN ${U("c.id", 16)} < 0.1 THEN 'ABK' ELSE 'STANDAR_PEMBINA' END
                                        ELSE CASE WHEN ${U("c.id", 16)} < 0.07 THEN 'MANUAL' ELSE 'ABK' END END AS s
              FROM ${STAGE}.g_cell c) c
        ORDER BY id`);
      return r.rowCount ?? 0;
    });
    if (cellRows === 0) throw new Error("tidak ada sel peta jabatan");

    // ---- Pegawai.
    const maxRows = Number((await q(`SELECT max(e + inact) AS m FROM ${STAGE}.g_cell`)).rows[0].m);
    if (maxRows >= 4096) throw new Error(`sel dengan ${maxRows} pegawai: kunci hash pegawai butuh < 4096`);
    await step("Pegawai", async () => {
      const key = "gk";
      const pria = arr(NAMA_PRIA);
      const wanita = arr(NAMA_WANITA);
      const belakang = arr(NAMA_BELAKANG);
      const REF = NASIONAL.refYear;
      const maxTmt = REF * 12 + 11;
      const r = await q(`
        INSERT INTO "Pegawai" (id, nip, nama, "tanggalLahir", "jenisKelamin", jenis, "instansiId", "unorId", "jabatanId", pendidikan, "tmtJabatan",
                               aktif, "createdAt", "updatedAt")
        SELECT id,
               to_char(lahir, 'YYYYMMDD') || (tmt_i / 12)::text || lpad((tmt_i % 12 + 1)::text, 2, '0') || jk
                 || lpad((ub + row_number() OVER (PARTITION BY lahir, tmt_i, jk ORDER BY id))::text, 3, '0'),
               left(nama, 200), lahir, CASE jk WHEN '1' THEN 'PRIA' ELSE 'WANITA' END::"JenisKelamin",
               (CASE WHEN is_pppk THEN 'PPPK' ELSE 'PNS' END)::"JenisPegawai",
               instansi_id, unor_id, CASE WHEN unplaced THEN NULL ELSE jabatan_id END, pendidikan,
               tmt_d + floor(${U(key, 37)} * greatest(date '${REF}-12-31' - tmt_d, 0))::int,
               aktif, ${TS}, ${TS}
        FROM (
          SELECT l3.*, make_date(tmt_i / 12, tmt_i % 12 + 1, 1) AS tmt_d,
                 1 + (hashint8extended((lahir - date '1900-01-01')::bigint * 100000 + tmt_i, 46) & 2147483647) % 400 AS ub,
                 concat_ws(' ', nullif(gelar_depan, ''),
                           CASE jk WHEN '1' THEN (${pria})[1 + ${H(key, 41)} % ${NAMA_PRIA.length}]
                                   ELSE (${wanita})[1 + ${H(key, 41)} % ${NAMA_WANITA.length}] END,
                           CASE WHEN ${U(key, 42)} < 0.85 THEN (${belakang})[1 + ${H(key, 43)} % ${NAMA_BELAKANG.length}] END)
                   || CASE WHEN gelar_belakang <> '' AND pendidikan NOT IN ('SLTA', 'SD/SLTP') THEN ', ' || gelar_belakang ELSE '' END AS nama
          FROM (
            SELECT l2.*, lahir,
                   CASE WHEN NOT aktif THEN (byear + 20 + floor(${U(key, 35)} * 8)::int) * 12 + extract(month FROM lahir)::int - 1
                        WHEN is_pppk THEN greatest((byear + 20) * 12 + extract(month FROM lahir)::int - 1, 2019 * 12)
                                          + floor(${U(key, 36)} * (${maxTmt} + 1 - greatest((byear + 20) * 12 + extract(month FROM lahir)::int - 1, 2019 * 12)))::int
                        ELSE least(${maxTmt},
                                   (byear + least(entry_age + floor(${U(key, 34)} * greatest(least(35, ${REF} - byear) - entry_age + 1, 1))::int, ${REF} - byear)) * 12
                                   + extract(month FROM lahir)::int - 1 + floor(${U(key, 35)} * 12)::int)
                   END AS tmt_i
            FROM (
              SELECT l1.*, CASE WHEN ${U(key, 31)} < female THEN '2' ELSE '1' END AS jk,
                     CASE WHEN NOT aktif THEN ${REF} - bup - floor(${U(key, 32)} * 3)::int
                          ELSE (${REF} - amin) - floor(power(${U(key, 32)}, 0.8) * greatest((${REF} - amin) - (${REF} + 1 - bup) + 1, 1))::int
                     END AS byear,
                     CASE WHEN ${U(key, 44)} < 0.15 THEN pendidikan_alt ELSE pendidikan0 END AS pendidikan
              FROM (
                SELECT c.off + s.j AS id, c.id::bigint * 4096 + s.j AS gk, c.instansi_id, c.unor_id, c.jabatan_id,
                       s.j <= c.e AS aktif, s.j <= c.pppk_n AS is_pppk, (c.unplaced = 1 AND s.j = c.e) AS unplaced,
                       jb.bup, CASE WHEN s.j <= c.pppk_n THEN greatest(jb.min_age, 23) ELSE jb.min_age END AS amin,
                       jb.entry_age, jb.female, jb.pendidikan AS pendidikan0, jb.pendidikan_alt, jb.gelar_depan, jb.gelar_belakang
                FROM ${STAGE}.g_cell c JOIN ${STAGE}.g_jab jb ON jb.id = c.jabatan_id
                CROSS JOIN LATERAL generate_series(1, c.e + c.inact) s(j)
              ) l1
            ) l2
            CROSS JOIN LATERAL (SELECT make_date(l2.byear, 1, 1) + floor(${U(key, 33)} * 365)::int AS lahir) d
          ) l3
        ) l4
        ORDER BY id`);
      return r.rowCount ?? 0;
    });

    if (dropped.length) {
      await step(`indeks dibangun ulang (${dropped.length})`, async () => {
        for (const d of dropped) await q(d.def);
        return dropped.length;
      });
    }

    await step("trigger, sequence", async () => {
      for (const t of ["Unor", "PetaJabatan", "Pegawai"]) await q(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
      for (const t of ["Instansi", "Jabatan", "Unor", "PetaJabatan", "Pegawai", "AturanPerhitungan"]) {
        await q(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), greatest((SELECT max(id) FROM "${t}"), 1))`);
      }
      return 0;
    });

    await step("rekap_recompute()", async () => {
      await q(`SELECT rekap_recompute()`);
      return count(`SELECT (SELECT count(*) FROM "RekapInstansiJabatan") + (SELECT count(*) FROM "RekapPensiun") AS n`);
    });

    const counts = await readCounts(client);
    const meta: DatasetMeta = {
      version: GENERATOR_VERSION,
      scale,
      counts,
      steps,
      totalMs: Math.round(performance.now() - t0),
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
    };
    await q(`DROP SCHEMA ${STAGE} CASCADE`);
    await q(`INSERT INTO ${META}.meta (id, meta) VALUES (1, $1::jsonb)`, [JSON.stringify(meta)]);
    await step("commit", async () => {
      await q("COMMIT");
      return 0;
    });
    meta.totalMs = Math.round(performance.now() - t0);
    await q(`UPDATE ${META}.meta SET meta = $1::jsonb WHERE id = 1`, [JSON.stringify(meta)]);
    log(
      `selesai dalam ${(meta.totalMs / 1000).toFixed(1)} dtk: ${fmt(counts.instansi)} instansi, ${fmt(counts.unor)} unor, ` +
        `${fmt(counts.petaJabatan)} sel, ${fmt(counts.pegawai)} pegawai (${fmt(counts.pegawaiAktif)} aktif: ${fmt(counts.pns)} PNS + ${fmt(counts.pppk)} PPPK)`,
    );
    return meta;
  } catch (error) {
    await q("ROLLBACK").catch(() => {});
    throw error;
  }
}

export async function readCounts(client: pg.Client): Promise<DatasetCounts> {
  const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);
  const perJenis = Object.fromEntries(
    (await client.query(`SELECT jenis::text AS jenis, count(*)::int AS n FROM "Instansi" GROUP BY 1 ORDER BY 1`)).rows.map((r) => [r.jenis, r.n]),
  );
  const peg = (
    await client.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE aktif)::int AS aktif,
                               count(*) FILTER (WHERE aktif AND jenis = 'PNS')::int AS pns, count(*) FILTER (WHERE aktif AND jenis = 'PPPK')::int AS pppk,
                               count(*) FILTER (WHERE aktif AND "jabatanId" IS NULL)::int AS unplaced, count(*) FILTER (WHERE NOT aktif)::int AS nonaktif
                        FROM "Pegawai"`)
  ).rows[0];
  const sel = (await client.query(`SELECT count(*)::int AS n, coalesce(sum(kebutuhan), 0)::bigint AS k, coalesce(sum(existing), 0)::bigint AS b FROM "PetaJabatan"`)).rows[0];
  return {
    instansi: await one(`SELECT count(*) AS n FROM "Instansi"`),
    instansiPerJenis: perJenis,
    unor: await one(`SELECT count(*) AS n FROM "Unor"`),
    jabatan: await one(`SELECT count(*) AS n FROM "Jabatan"`),
    petaJabatan: sel.n,
    kebutuhan: Number(sel.k),
    existing: Number(sel.b),
    pegawai: peg.total,
    pegawaiAktif: peg.aktif,
    pns: peg.pns,
    pppk: peg.pppk,
    belumDipetakan: peg.unplaced,
    nonAktif: peg.nonaktif,
  };
}
