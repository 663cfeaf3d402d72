import "server-only";
import { db } from "@/lib/db";
import { canReadInstansi, canReadNationalDashboard, type Actor } from "@/lib/auth/permissions";
import type { JabatanKatalogRow } from "@/lib/data/jabatan";
import { cachedNational } from "@/lib/data/ttl-cache";
import { gabungRekap, proyeksiPensiun, rekapDariJumlah, type ProyeksiTahun, type RekapAngka } from "@/lib/domain/rekap";

/**
 * Kebutuhan vs existing at every level, read from the recap tables that triggers keep current
 * (RekapInstansiJabatan per instansi × jabatan; PetaJabatan.existing per cell; RekapPensiun).
 * No request groups over pegawai. The arithmetic of selisih/kelebihan/kekurangan is lib/domain/rekap.
 */

type SumRow = {
  jumlahSel: number | bigint | null;
  kebutuhan: number | bigint | null;
  existing: number | bigint | null;
  kelebihan: number | bigint | null;
  kekurangan: number | bigint | null;
  selLebih: number | bigint | null;
  selKurang: number | bigint | null;
};

const n = (v: number | bigint | null | undefined) => Number(v ?? 0);

function toRekap(r: SumRow): RekapAngka {
  return rekapDariJumlah({
    jumlahSel: n(r.jumlahSel),
    kebutuhan: n(r.kebutuhan),
    existing: n(r.existing),
    kelebihan: n(r.kelebihan),
    kekurangan: n(r.kekurangan),
    selLebih: n(r.selLebih),
    selKurang: n(r.selKurang),
  });
}

export interface RekapNasionalView {
  total: RekapAngka;
  jumlahInstansi: number;
  perJenisInstansi: (RekapAngka & { jenis: string; jumlahInstansi: number })[];
}

export async function getRekapNasional(actor: Actor): Promise<RekapNasionalView | null> {
  if (!canReadNationalDashboard(actor)) return null;
  return cachedNational("nasional", loadRekapNasional);
}

async function loadRekapNasional(): Promise<RekapNasionalView> {
  const rows = await db().$queryRaw<(SumRow & { jenis: string; jumlahInstansi: bigint })[]>`
    SELECT i."jenis"::text AS jenis, count(*) AS "jumlahInstansi",
           sum(r."jumlahSel") "jumlahSel", sum(r."kebutuhan") kebutuhan, sum(r."existing") existing,
           sum(r."kelebihan") kelebihan, sum(r."kekurangan") kekurangan, sum(r."selLebih") "selLebih", sum(r."selKurang") "selKurang"
    FROM "Instansi" i
    LEFT JOIN (SELECT "instansiId", sum("jumlahSel") "jumlahSel", sum("kebutuhan") kebutuhan, sum("existing") existing,
                      sum("kelebihan") kelebihan, sum("kekurangan") kekurangan, sum("selLebih") "selLebih", sum("selKurang") "selKurang"
               FROM "RekapInstansiJabatan" GROUP BY 1) r ON r."instansiId" = i.id
    GROUP BY i."jenis" ORDER BY i."jenis"`;
  const perJenisInstansi = rows.map((r) => ({ ...toRekap(r), jenis: r.jenis, jumlahInstansi: n(r.jumlahInstansi) }));
  return {
    total: gabungRekap(perJenisInstansi),
    jumlahInstansi: perJenisInstansi.reduce((a, r) => a + r.jumlahInstansi, 0),
    perJenisInstansi,
  };
}

/** A jabatan as the recaps show it: the catalogue row. */
export type JabatanRingkas = JabatanKatalogRow;

const jabatanSelect = { id: true, kode: true, nama: true, jenis: true, jenjang: true, kelas: true, bup: true } as const;

export interface RekapJabatanNasionalView {
  jabatan: JabatanRingkas;
  total: RekapAngka;
  perInstansi: (RekapAngka & { instansiId: number; kode: string; nama: string; jenis: string })[];
}

/** One jabatan nationally, with its per-instansi breakdown. */
export async function getRekapJabatanNasional(actor: Actor, jabatanId: number): Promise<RekapJabatanNasionalView | null> {
  if (!canReadNationalDashboard(actor)) return null;
  const jabatan = await db().jabatan.findUnique({ where: { id: jabatanId }, select: jabatanSelect });
  if (!jabatan) return null;
  const rows = await db().$queryRaw<(SumRow & { instansiId: number; kode: string; nama: string; jenis: string })[]>`
    SELECT r."instansiId", i."kode", i."nama", i."jenis"::text AS jenis, r."jumlahSel", r."kebutuhan", r."existing",
           r."kelebihan", r."kekurangan", r."selLebih", r."selKurang"
    FROM "RekapInstansiJabatan" r JOIN "Instansi" i ON i.id = r."instansiId"
    WHERE r."jabatanId" = ${jabatanId} AND r."jumlahSel" > 0
    ORDER BY (r."existing" - r."kebutuhan"), i."nama"`;
  const perInstansi = rows.map((r) => ({ ...toRekap(r), instansiId: r.instansiId, kode: r.kode, nama: r.nama, jenis: r.jenis }));
  return { jabatan, total: gabungRekap(perInstansi), perInstansi };
}

export interface RekapInstansiView {
  instansi: { id: number; kode: string; nama: string; jenis: string };
  total: RekapAngka;
  perJabatan: (RekapAngka & JabatanRingkas)[];
}

/** One instansi's recap, with a row per jabatan. */
export async function getRekapInstansi(actor: Actor, instansiId: number): Promise<RekapInstansiView | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const instansi = await db().instansi.findUnique({ where: { id: instansiId }, select: { id: true, kode: true, nama: true, jenis: true } });
  if (!instansi) return null;
  const rows = await db().$queryRaw<(SumRow & { id: number; kode: string; nama: string; jenisJabatan: string; jenjang: string | null; kelas: number; bup: number })[]>`
    SELECT j.id, j."kode", j."nama", j."jenis"::text AS "jenisJabatan", j."jenjang"::text AS jenjang, j."kelas", j."bup",
           r."jumlahSel", r."kebutuhan", r."existing", r."kelebihan", r."kekurangan", r."selLebih", r."selKurang"
    FROM "RekapInstansiJabatan" r JOIN "Jabatan" j ON j.id = r."jabatanId"
    WHERE r."instansiId" = ${instansiId} AND r."jumlahSel" > 0
    ORDER BY j."jenis", j."nama"`;
  const perJabatan = rows.map((r) => ({
    ...toRekap(r),
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenisJabatan,
    jenjang: r.jenjang,
    kelas: r.kelas,
    bup: r.bup,
  }));
  return { instansi: { ...instansi, jenis: instansi.jenis }, total: gabungRekap(perJabatan), perJabatan };
}

export interface RekapSubtreeView {
  unor: { id: number; instansiId: number; nama: string; jumlahUnor: number };
  total: RekapAngka;
}

/**
 * One unit's subtree (the unit and everything below it): one indexed query over the cells whose
 * unit path contains this unit. Cell-level existing is kept by triggers. Like every recap, inactive
 * units count in no figure (nor in jumlahUnor).
 */
export async function getRekapSubtreeUnor(actor: Actor, unorId: number): Promise<RekapSubtreeView | null> {
  const unor = await db().unor.findUnique({ where: { id: unorId }, select: { id: true, instansiId: true, nama: true, parentId: true } });
  if (!unor || !canReadInstansi(actor, unor.instansiId)) return null;
  // The root's subtree is the whole instansi: its recap is already summed per jabatan.
  const [row] =
    unor.parentId === null
      ? await db().$queryRaw<(SumRow & { jumlahUnor: bigint })[]>`
          SELECT (SELECT count(*) FROM "Unor" WHERE "instansiId" = ${unor.instansiId} AND aktif) AS "jumlahUnor",
                 sum("jumlahSel") "jumlahSel", sum("kebutuhan") kebutuhan, sum("existing") existing, sum("kelebihan") kelebihan,
                 sum("kekurangan") kekurangan, sum("selLebih") "selLebih", sum("selKurang") "selKurang"
          FROM "RekapInstansiJabatan" WHERE "instansiId" = ${unor.instansiId}`
      : await db().$queryRaw<(SumRow & { jumlahUnor: bigint })[]>`
          WITH sub AS (SELECT id, aktif FROM "Unor" WHERE "instansiId" = ${unor.instansiId} AND "path" @> ARRAY[${unorId}]::int[])
          SELECT (SELECT count(*) FROM sub WHERE aktif) AS "jumlahUnor",
                 count(p.id) "jumlahSel", sum(p."kebutuhan") kebutuhan, sum(p."existing") existing,
                 sum(greatest(p."existing" - p."kebutuhan", 0)) kelebihan, sum(greatest(p."kebutuhan" - p."existing", 0)) kekurangan,
                 count(*) FILTER (WHERE p."existing" > p."kebutuhan") "selLebih", count(*) FILTER (WHERE p."kebutuhan" > p."existing") "selKurang"
          FROM sub JOIN "PetaJabatan" p ON p."unorId" = sub.id AND sub.aktif`;
  return { unor: { id: unor.id, instansiId: unor.instansiId, nama: unor.nama, jumlahUnor: n(row.jumlahUnor) }, total: toRekap(row) };
}

export interface ProyeksiView {
  rekap: RekapAngka;
  tahun: ProyeksiTahun[];
}

/**
 * Five-year retirement outlook for the nation, one instansi, one jabatan, or one jabatan in one
 * instansi. Reads RekapPensiun (per instansi × jabatan × year), never the pegawai rows.
 */
export async function getProyeksiPensiun(
  actor: Actor,
  scope: { instansiId?: number; jabatanId?: number },
  tahunMulai = new Date().getUTCFullYear() + 1,
): Promise<ProyeksiView | null> {
  if (scope.instansiId !== undefined ? !canReadInstansi(actor, scope.instansiId) : !canReadNationalDashboard(actor)) return null;
  if (scope.instansiId === undefined && scope.jabatanId === undefined) {
    return cachedNational(`pensiun:${tahunMulai}`, () => loadProyeksi(null, null, tahunMulai));
  }
  return loadProyeksi(scope.instansiId ?? null, scope.jabatanId ?? null, tahunMulai);
}

async function loadProyeksi(inst: number | null, jab: number | null, tahunMulai: number): Promise<ProyeksiView> {
  const [sums] = await db().$queryRaw<SumRow[]>`
    SELECT sum("jumlahSel") "jumlahSel", sum("kebutuhan") kebutuhan, sum("existing") existing, sum("kelebihan") kelebihan,
           sum("kekurangan") kekurangan, sum("selLebih") "selLebih", sum("selKurang") "selKurang"
    FROM "RekapInstansiJabatan"
    WHERE (${inst}::int IS NULL OR "instansiId" = ${inst}::int) AND (${jab}::int IS NULL OR "jabatanId" = ${jab}::int)`;
  const pensiun = await db().$queryRaw<{ tahun: number; jumlah: bigint }[]>`
    SELECT "tahun", sum("jumlah") jumlah FROM "RekapPensiun"
    WHERE "tahun" BETWEEN ${tahunMulai} AND ${tahunMulai + 4}
      AND (${inst}::int IS NULL OR "instansiId" = ${inst}::int) AND (${jab}::int IS NULL OR "jabatanId" = ${jab}::int)
    GROUP BY "tahun"`;
  const rekap = toRekap(sums);
  return { rekap, tahun: proyeksiPensiun(rekap, new Map(pensiun.map((p) => [p.tahun, n(p.jumlah)])), tahunMulai) };
}

export interface RekapJenisJenjangRow extends RekapAngka {
  jenis: string;
  jenjang: string | null;
}

/**
 * Recap by jenis and jenjang of jabatan (e.g. all JF Ahli Pertama), nationally or for one instansi.
 */
export async function getRekapJenisJenjang(actor: Actor, scope: { instansiId?: number } = {}): Promise<RekapJenisJenjangRow[] | null> {
  if (scope.instansiId !== undefined ? !canReadInstansi(actor, scope.instansiId) : !canReadNationalDashboard(actor)) return null;
  const inst = scope.instansiId ?? null;
  const load = () => loadJenisJenjang(inst);
  return inst === null ? cachedNational("jenis-jenjang", load) : load();
}

async function loadJenisJenjang(inst: number | null): Promise<RekapJenisJenjangRow[]> {
  const rows = await db().$queryRaw<(SumRow & { jenis: string; jenjang: string | null })[]>`
    SELECT j."jenis"::text AS jenis, j."jenjang"::text AS jenjang,
           sum(r."jumlahSel") "jumlahSel", sum(r."kebutuhan") kebutuhan, sum(r."existing") existing, sum(r."kelebihan") kelebihan,
           sum(r."kekurangan") kekurangan, sum(r."selLebih") "selLebih", sum(r."selKurang") "selKurang"
    FROM "RekapInstansiJabatan" r JOIN "Jabatan" j ON j.id = r."jabatanId"
    WHERE (${inst}::int IS NULL OR r."instansiId" = ${inst}::int) AND r."jumlahSel" > 0
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({ ...toRekap(r), jenis: r.jenis, jenjang: r.jenjang }));
}
