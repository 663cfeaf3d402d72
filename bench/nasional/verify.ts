/**
 * Set-based checks of a generated national dataset: NIP validity, placement of pegawai in cells of
 * their own instansi, tree paths, recap consistency, and the shape figures (kelebihan/kekurangan,
 * retirements a year). Read-only.
 */
import pg from "pg";
import { NASIONAL, readCounts, type DatasetCounts } from "./generate";

export interface Check {
  name: string;
  value: number | string;
  ok: boolean;
}

export interface VerifyReport {
  counts: DatasetCounts;
  checks: Check[];
  shape: Record<string, number | string>;
  ms: number;
}

export async function verifyNasional(url: string, opts: { scale?: number } = {}): Promise<VerifyReport> {
  const t0 = performance.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET work_mem = '512MB'`);
    const one = async (sql: string) => (await c.query(sql)).rows[0];
    const counts = await readCounts(c);
    const checks: Check[] = [];
    const zero = (name: string, v: number) => checks.push({ name, value: v, ok: v === 0 });

    const nip = await one(`
      SELECT count(*) FILTER (WHERE nip !~ '^[0-9]{18}$')::int AS bad_format,
             count(*) FILTER (WHERE substr(nip, 1, 8) <> to_char("tanggalLahir", 'YYYYMMDD'))::int AS bad_lahir,
             count(*) FILTER (WHERE substr(nip, 15, 1) <> CASE "jenisKelamin" WHEN 'PRIA' THEN '1' ELSE '2' END)::int AS bad_jk,
             count(*) FILTER (WHERE substr(nip, 9, 4)::int < 1950 OR substr(nip, 13, 2)::int NOT BETWEEN 1 AND 12
                               OR substr(nip, 9, 4)::int * 12 + substr(nip, 13, 2)::int
                                  <= extract(year FROM "tanggalLahir")::int * 12 + extract(month FROM "tanggalLahir")::int
                               OR substr(nip, 9, 6) > '${NASIONAL.refYear}12')::int AS bad_tmt,
             count(*) FILTER (WHERE substr(nip, 16, 3) = '000')::int AS bad_urut,
             (count(*) - count(DISTINCT nip))::int AS dup
      FROM "Pegawai"`);
    zero("NIP bukan 18 digit", nip.bad_format);
    zero("NIP: tanggal lahir ≠ tanggalLahir", nip.bad_lahir);
    zero("NIP: digit jenis kelamin ≠ jenisKelamin", nip.bad_jk);
    zero("NIP: TMT CPNS tidak sah (≥1950, bulan 1–12, sesudah lahir, ≤ tahun acuan)", nip.bad_tmt);
    zero("NIP: nomor urut 000", nip.bad_urut);
    zero("NIP ganda", nip.dup);

    const place = await one(`
      SELECT count(*) FILTER (WHERE g."jabatanId" IS NOT NULL AND p.id IS NULL)::int AS no_cell,
             count(*) FILTER (WHERE p.id IS NOT NULL AND p."instansiId" <> g."instansiId")::int AS other_inst,
             count(*) FILTER (WHERE u."instansiId" <> g."instansiId")::int AS unor_other_inst,
             count(*) FILTER (WHERE g."unorId" IS NULL)::int AS no_unor,
             count(*) FILTER (WHERE g.aktif AND g."jabatanId" IS NULL)::int AS unplaced
      FROM "Pegawai" g
      LEFT JOIN "PetaJabatan" p ON p."unorId" = g."unorId" AND p."jabatanId" = g."jabatanId"
      LEFT JOIN "Unor" u ON u.id = g."unorId"`);
    zero("pegawai dengan jabatan tanpa sel (unorId, jabatanId)", place.no_cell);
    zero("pegawai di sel instansi lain", place.other_inst);
    zero("pegawai di unor instansi lain", place.unor_other_inst);
    zero("pegawai tanpa unor", place.no_unor);
    checks.push({ name: "pegawai aktif belum dipetakan (jabatanId NULL, disengaja ~0,2 %)", value: place.unplaced, ok: true });

    const tree = await one(`
      SELECT count(*) FILTER (WHERE u."parentId" IS NULL AND u.path <> ARRAY[u.id])::int AS bad_root,
             count(*) FILTER (WHERE u."parentId" IS NOT NULL AND (p.path || u.id <> u.path OR p."instansiId" <> u."instansiId"))::int AS bad_path,
             count(*) FILTER (WHERE u."parentId" IS NULL)::int AS roots
      FROM "Unor" u LEFT JOIN "Unor" p ON p.id = u."parentId"`);
    zero("path akar salah", tree.bad_root);
    zero("path ≠ path atasan || id, atau atasan di instansi lain", tree.bad_path);
    checks.push({ name: "satu akar per instansi", value: tree.roots, ok: tree.roots === counts.instansi });

    const cells = await one(`
      SELECT count(*) FILTER (WHERE p."instansiId" <> u."instansiId")::int AS bad_inst,
             count(*) FILTER (WHERE p.kebutuhan < 0)::int AS neg
      FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId"`);
    zero("sel dengan instansiId ≠ instansi unornya", cells.bad_inst);
    zero("kebutuhan negatif", cells.neg);

    // Every foreign key (the load may skip FK checks): orphans per constraint.
    const fks = (
      await c.query(`SELECT conname, conrelid::regclass::text AS tbl, confrelid::regclass::text AS ref,
                            (SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = conkey[1]) AS col,
                            (SELECT attname FROM pg_attribute WHERE attrelid = confrelid AND attnum = confkey[1]) AS refcol
                     FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND cardinality(conkey) = 1
                       AND conrelid::regclass::text IN ('"Unor"', '"PetaJabatan"', '"Pegawai"', '"Jabatan"')`)
    ).rows;
    let orphans = 0;
    for (const fk of fks) {
      const r = await one(`SELECT count(*)::int AS n FROM ${fk.tbl} t WHERE t."${fk.col}" IS NOT NULL
                             AND NOT EXISTS (SELECT 1 FROM ${fk.ref} r WHERE r."${fk.refcol}" = t."${fk.col}")`);
      orphans += r.n;
    }
    checks.push({ name: `baris yatim pada ${fks.length} foreign key`, value: orphans, ok: orphans === 0 });

    // The recap rule: cells and pegawai of inactive units count in no recap (cell existing still counts them).
    const rekap = await one(`
      SELECT (SELECT coalesce(sum(existing), 0) FROM "RekapInstansiJabatan")::bigint AS rij_b,
             (SELECT coalesce(sum(kebutuhan), 0) FROM "RekapInstansiJabatan")::bigint AS rij_k,
             (SELECT coalesce(sum(existing), 0) FROM "PetaJabatan")::bigint AS cell_b,
             (SELECT coalesce(sum(p.existing), 0) FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" WHERE u.aktif)::bigint AS cell_b_aktif,
             (SELECT coalesce(sum(p.kebutuhan), 0) FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" WHERE u.aktif)::bigint AS cell_k_aktif,
             (SELECT count(*) FROM "Pegawai" g JOIN "PetaJabatan" p ON p."unorId" = g."unorId" AND p."jabatanId" = g."jabatanId" WHERE g.aktif)::bigint AS in_cells,
             (SELECT count(*) FROM "Pegawai" g JOIN "PetaJabatan" p ON p."unorId" = g."unorId" AND p."jabatanId" = g."jabatanId"
                JOIN "Unor" u ON u.id = g."unorId" WHERE g.aktif AND u.aktif)::bigint AS in_cells_aktif,
             (SELECT coalesce(sum(jumlah), 0) FROM "RekapPensiun")::bigint AS pensiun,
             (SELECT count(*) FROM "Pegawai" g LEFT JOIN "Unor" u ON u.id = g."unorId"
                WHERE g.aktif AND g."jabatanId" IS NOT NULL AND u.aktif IS NOT FALSE)::bigint AS aktif_jab`);
    const eq = (name: string, a: unknown, b: unknown) => checks.push({ name, value: `${Number(a)} vs ${Number(b)}`, ok: Number(a) === Number(b) });
    eq("Σ RekapInstansiJabatan.existing = pegawai aktif di sel unor aktif", rekap.rij_b, rekap.in_cells_aktif);
    eq("Σ PetaJabatan.existing (unor aktif) = pegawai aktif di sel unor aktif", rekap.cell_b_aktif, rekap.in_cells_aktif);
    eq("Σ PetaJabatan.existing = pegawai aktif di sel", rekap.cell_b, rekap.in_cells);
    eq("Σ RekapInstansiJabatan.kebutuhan = Σ PetaJabatan.kebutuhan unor aktif", rekap.rij_k, rekap.cell_k_aktif);
    eq("Σ RekapPensiun.jumlah = pegawai aktif berjabatan di unor aktif", rekap.pensiun, rekap.aktif_jab);
    if (opts.scale) {
      eq("pegawai aktif = round(4.734.041 × skala)", counts.pegawaiAktif, Math.round(NASIONAL.asn * opts.scale));
      eq("PPPK aktif = round(1.167.900 × skala)", counts.pppk, Math.round(NASIONAL.pppk * opts.scale));
    }

    const shape: Record<string, number | string> = {};
    const s1 = await one(`
      SELECT count(*) FILTER (WHERE existing > kebutuhan)::int AS lebih, count(*) FILTER (WHERE existing < kebutuhan)::int AS kurang,
             count(*) FILTER (WHERE existing = kebutuhan)::int AS pas, sum(greatest(existing - kebutuhan, 0))::bigint AS kelebihan,
             sum(greatest(kebutuhan - existing, 0))::bigint AS kekurangan, count(*) FILTER (WHERE kebutuhan = 0)::int AS k0
      FROM "PetaJabatan"`);
    const nSel = Math.max(counts.petaJabatan, 1);
    shape["kebutuhan ÷ existing (nasional)"] = (counts.kebutuhan / Math.max(counts.existing, 1)).toFixed(3);
    shape["sel lebih / kurang / pas (%)"] = `${((100 * s1.lebih) / nSel).toFixed(1)} / ${((100 * s1.kurang) / nSel).toFixed(1)} / ${((100 * s1.pas) / nSel).toFixed(1)}`;
    shape["kelebihan bruto / kekurangan bruto"] = `${Number(s1.kelebihan)} / ${Number(s1.kekurangan)}`;
    shape["sel dengan kebutuhan 0 (%)"] = ((100 * s1.k0) / nSel).toFixed(1);
    shape["sel per unor"] = (counts.petaJabatan / Math.max(counts.unor, 1)).toFixed(2);
    shape["pegawai aktif per sel"] = (counts.pegawaiAktif / nSel).toFixed(2);
    const units = (await c.query(`SELECT jenis::text AS j, count(*)::int AS n FROM "Unor" GROUP BY 1 ORDER BY 2 DESC`)).rows;
    shape["unor per jenis"] = units.map((r) => `${r.j} ${r.n}`).join(", ");
    const depth = (await c.query(`SELECT cardinality(path) AS d, count(*)::int AS n FROM "Unor" GROUP BY 1 ORDER BY 1`)).rows;
    shape["unor per kedalaman"] = depth.map((r) => `${r.d}:${r.n}`).join(" ");
    const big = await one(`SELECT max(n)::int AS mx, percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int AS med FROM (SELECT count(*) n FROM "Unor" GROUP BY "instansiId") x`);
    shape["unor per instansi (median / maks)"] = `${big.med} / ${big.mx}`;
    const ref = NASIONAL.refYear;
    const pensiun = (await c.query(`SELECT tahun, sum(jumlah)::int AS n FROM "RekapPensiun" WHERE tahun BETWEEN ${ref + 1} AND ${ref + 5} GROUP BY 1 ORDER BY 1`)).rows;
    shape["mencapai BUP per tahun (% aktif)"] = pensiun.map((r) => `${r.tahun}: ${((100 * r.n) / Math.max(counts.pegawaiAktif, 1)).toFixed(2)}`).join(", ");
    const age = await one(`SELECT min(${ref} - extract(year FROM "tanggalLahir"))::int AS mn, max(${ref} - extract(year FROM "tanggalLahir"))::int AS mx,
                                  round(avg(${ref} - extract(year FROM "tanggalLahir")), 1)::text AS avg,
                                  round(100.0 * avg(("jenisKelamin" = 'WANITA')::int), 1)::text AS wanita
                           FROM "Pegawai" WHERE aktif`);
    shape["umur aktif per 31-12 (min / rata-rata / maks)"] = `${age.mn} / ${age.avg} / ${age.mx}`;
    shape["wanita (% aktif)"] = age.wanita;
    const sumber = (await c.query(`SELECT "sumberKebutuhan"::text AS s, count(*)::int AS n FROM "PetaJabatan" GROUP BY 1 ORDER BY 2 DESC`)).rows;
    shape["sumber kebutuhan"] = sumber.map((r) => `${r.s} ${r.n}`).join(", ");
    const jab = await one(`SELECT count(DISTINCT "jabatanId")::int AS n FROM "PetaJabatan"`);
    shape["jabatan terpakai di peta"] = `${jab.n} dari ${counts.jabatan}`;
    return { counts, checks, shape, ms: Math.round(performance.now() - t0) };
  } finally {
    await c.end();
  }
}

export function printVerify(r: VerifyReport, log: (l: string) => void = console.log): boolean {
  log("Pemeriksaan:");
  for (const ch of r.checks) log(`  ${ch.ok ? "OK  " : "GAGAL"} ${ch.name}: ${ch.value}`);
  log("Bentuk data:");
  for (const [k, v] of Object.entries(r.shape)) log(`  ${k}: ${v}`);
  log(`(pemeriksaan ${(r.ms / 1000).toFixed(1)} dtk)`);
  return r.checks.every((c) => c.ok);
}

/** md5 per table over all rows in id order: equal fingerprints = identical data (determinism check). */
export async function fingerprintNasional(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET work_mem = '1GB'`);
    const out: Record<string, string> = {};
    for (const [table, order] of [
      ["Instansi", "id"],
      ["Jabatan", "id"],
      ["Unor", "id"],
      ["PetaJabatan", "id"],
      ["Pegawai", "id"],
      ["RekapInstansiJabatan", `"instansiId", "jabatanId"`],
      ["RekapPensiun", `"instansiId", "jabatanId", tahun`],
    ]) {
      const r = await c.query(`SELECT md5(string_agg(md5(t::text), '' ORDER BY ${order})) AS h FROM "${table}" t`);
      out[table] = r.rows[0].h;
    }
    return out;
  } finally {
    await c.end();
  }
}
