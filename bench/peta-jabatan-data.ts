import type pg from "pg";

/**
 * The bench instansi of bench/peta-jabatan.ts (and its browser twin tests/e2e/peta-jabatan-skala.spec.ts),
 * inside the caller's transaction with siasn.rekap_off on (the caller runs rekap_recompute()):
 * 1 root, 50 dinas × 10 bidang × 4 seksi, 20 inactive units holding 5 jabatan each, `cells` placed
 * jabatan over the active units, 0–4 pegawai per cell. Returns the instansi's id.
 */
export async function insertBenchInstansi(c: pg.Client, kode: string, cells: number): Promise<number> {
  const inst = (await c.query(`INSERT INTO "Instansi" (kode, nama, jenis, "updatedAt") VALUES ($1, 'Pemerintah Provinsi Bench', 'PROVINSI', now()) RETURNING id`, [kode])).rows[0].id as number;
  await c.query(`INSERT INTO "Unor" ("instansiId", nama, "updatedAt") VALUES ($1, 'Pemerintah Provinsi Bench', now())`, [inst]);
  // Four levels: 50 perangkat daerah × 10 bidang × 4 seksi, one level per statement (path by trigger).
  const level = (parentDepthNames: string, count: number, nama: string) =>
    c.query(
      `INSERT INTO "Unor" ("instansiId", "parentId", nama, urutan, "updatedAt")
       SELECT $1, u.id, ${nama}, g, now() FROM "Unor" u, generate_series(1, ${count}) g
       WHERE u."instansiId" = $1 AND cardinality(u.path) = ${parentDepthNames}`,
      [inst],
    );
  await level("1", 50, `'Dinas ' || g`);
  await level("2", 10, `'Bidang ' || g || ' ' || u.nama`);
  await level("3", 4, `'Seksi ' || g || ' ' || u.nama`);
  await c.query(`INSERT INTO "Unor" ("instansiId", "parentId", nama, urutan, aktif, "updatedAt")
    SELECT $1, u.id, 'UPT Lama ' || g, 100 + g, false, now() FROM "Unor" u, generate_series(1, 20) g WHERE u."instansiId" = $1 AND u."parentId" IS NULL`, [inst]);
  await c.query(`INSERT INTO "Jabatan" (kode, nama, jenis, jenjang, kelas, bup, "updatedAt")
    SELECT 'BPJ-' || g, (ARRAY['Analis','Pranata','Pengelola','Penata','Auditor'])[1 + g % 5] || ' Bench ' || g,
           (ARRAY['FUNGSIONAL','PELAKSANA','FUNGSIONAL','STRUKTURAL']::"JenisJabatan"[])[1 + g % 4],
           CASE g % 4 WHEN 0 THEN 'AHLI_PERTAMA' WHEN 2 THEN 'AHLI_MUDA' WHEN 3 THEN 'PENGAWAS' END::"Jenjang",
           5 + g % 9, 58, now()
    FROM generate_series(1, 2000) g`);
  // Cell g goes to unit g mod U with jabatan (m·648 + r) mod 2000: unique per unit for m < 250.
  await c.query(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM "Unor" WHERE "instansiId" = $1 AND aktif),
          j AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM "Jabatan" WHERE kode LIKE 'BPJ-%')
     INSERT INTO "PetaJabatan" ("instansiId", "unorId", "jabatanId", kebutuhan, urutan, "updatedAt")
     SELECT $1, u.id, j.id, 1 + g % 5, g / u.n, now()
     FROM generate_series(0, $2::int - 1) g JOIN u ON u.i = g % u.n JOIN j ON j.i = ((g / u.n) * (97 + u.n) + g % u.n) % 2000`,
    [inst, cells],
  );
  // The inactive units hold jabatan too (5 each, K 3): they must count nowhere.
  await c.query(
    `INSERT INTO "PetaJabatan" ("instansiId", "unorId", "jabatanId", kebutuhan, "updatedAt")
     SELECT $1, u.id, j.id, 3, now() FROM "Unor" u JOIN "Jabatan" j ON j.kode IN ('BPJ-1','BPJ-2','BPJ-3','BPJ-4','BPJ-5') WHERE u."instansiId" = $1 AND NOT u.aktif`,
    [inst],
  );
  // Pegawai: 0–4 per cell (varied against K so there are shortages and excesses).
  await c.query(
    `INSERT INTO "Pegawai" (nip, nama, "tanggalLahir", "jenisKelamin", jenis, "instansiId", "unorId", "jabatanId", "updatedAt")
     SELECT '19800101' || lpad((row_number() OVER ())::text, 10, '0'), 'Pegawai ' || p.id || '-' || k, '1980-01-01', 'PRIA', 'PNS', p."instansiId", p."unorId", p."jabatanId", now()
     FROM "PetaJabatan" p, generate_series(1, (p.id * 7) % 5) k WHERE p."instansiId" = $1`,
    [inst],
  );
  return inst;
}
