import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import {
  KARTU_MASALAH,
  MASALAH_PEGAWAI,
  ringkasPegawai,
  type KodeKartu,
  type MasalahPegawai,
  type RingkasanPegawai,
} from "@/lib/domain/pegawai/masalah";

/**
 * The Data Pegawai ASN tab: one instansi's pegawai, a page at a time, and the flags that show
 * where the map is not current. Every query is scoped by the instansi in its WHERE.
 *
 * The flag of a pegawai is `klasifikasiPegawai` (lib/domain/pegawai/masalah) written as SQL: the
 * CASE below tests the same conditions in the same order. A unit that belongs to another instansi
 * is, for this instansi's tree, a missing unit.
 */
const MASALAH_SQL = Prisma.sql`
  CASE
    WHEN u.id IS NULL OR u."instansiId" <> g."instansiId" THEN 'UNOR_TIDAK_ADA'
    WHEN NOT u.aktif THEN 'UNOR_NONAKTIF'
    WHEN g."jabatanId" IS NULL THEN 'TANPA_JABATAN'
    WHEN p.id IS NULL THEN 'JABATAN_TIDAK_DITEMPATKAN'
  END`;

const FROM_SQL = Prisma.sql`
  FROM "Pegawai" g
  LEFT JOIN "Unor" u ON u.id = g."unorId"
  LEFT JOIN "PetaJabatan" p ON p."unorId" = g."unorId" AND p."jabatanId" = g."jabatanId"
  LEFT JOIN "Jabatan" j ON j.id = g."jabatanId"`;

export interface RingkasanPegawaiView extends RingkasanPegawai {
  /** Active units of the instansi with active pegawai and no kebutuhan (no cell, or every K = 0). */
  unorTanpaKebutuhan: number;
  /** Inactive pegawai (e.g. left out of a Ganti Seluruhnya import), shown only on request. */
  jumlahNonaktif: number;
}

/** Flag counts and the summary lines, from one grouped pass over the instansi's pegawai. */
export async function getRingkasanPegawai(actor: Actor, instansiId: number): Promise<RingkasanPegawaiView | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const [kelompok, [unor], [nonaktif]] = await Promise.all([
    db().$queryRaw<{ jenis: "PNS" | "PPPK"; masalah: MasalahPegawai | null; jumlah: bigint }[]>`
      SELECT g.jenis::text AS jenis, ${MASALAH_SQL} AS masalah, count(*) AS jumlah
      ${FROM_SQL}
      WHERE g."instansiId" = ${instansiId} AND g.aktif
      GROUP BY 1, 2`,
    db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (${unorTanpaKebutuhanSql(instansiId)}) t`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Pegawai" WHERE "instansiId" = ${instansiId} AND NOT aktif`,
  ]);
  return {
    ...ringkasPegawai(kelompok.map((k) => ({ jenis: k.jenis, masalah: k.masalah, jumlah: Number(k.jumlah) }))),
    unorTanpaKebutuhan: Number(unor.n),
    jumlahNonaktif: Number(nonaktif.n),
  };
}

/** Active units with at least one active pegawai of this instansi and Σ kebutuhan of their cells = 0. */
function unorTanpaKebutuhanSql(instansiId: number) {
  return Prisma.sql`
    SELECT u.id, u.nama, u.path, count(*) AS pegawai, coalesce(k.sel, 0) AS sel
    FROM "Unor" u
    JOIN "Pegawai" g ON g."unorId" = u.id AND g."instansiId" = u."instansiId" AND g.aktif
    LEFT JOIN (SELECT "unorId", count(*) AS sel, sum(kebutuhan) AS k FROM "PetaJabatan"
               WHERE "instansiId" = ${instansiId} GROUP BY 1) k ON k."unorId" = u.id
    WHERE u."instansiId" = ${instansiId} AND u.aktif AND coalesce(k.k, 0) = 0
    GROUP BY u.id, k.sel`;
}

export type StatusFilter = "aktif" | "nonaktif" | "semua";

export interface PegawaiFilter {
  /** Part of the nama, or the start of the NIP. */
  q?: string;
  jenis?: "PNS" | "PPPK";
  status: StatusFilter;
  /** The pegawai of this unit and of every unit below it. */
  unorId?: number;
  /** A flag card (active pegawai only); "unor-tanpa-kebutuhan" lists units, see listUnorTanpaKebutuhan. */
  masalah?: Exclude<KodeKartu, "unor-tanpa-kebutuhan"> | "tidak-sesuai" | "sesuai";
  /** 1-based. */
  halaman: number;
  perHalaman: number;
}

export interface PegawaiRow {
  id: number;
  nip: string;
  nama: string;
  jenis: "PNS" | "PPPK";
  tanggalLahir: Date;
  pendidikan: string | null;
  aktif: boolean;
  unorId: number | null;
  /** Null when the unit is missing from this instansi's tree. */
  unorNama: string | null;
  unorAktif: boolean | null;
  /** Names of the unit's ancestors, root first (without the unit itself). */
  unorInduk: string[];
  jabatanKode: string | null;
  jabatanNama: string | null;
  bup: number | null;
  masalah: MasalahPegawai | null;
}

export interface PegawaiPage {
  rows: PegawaiRow[];
  total: number;
}

function whereSql(instansiId: number, f: PegawaiFilter) {
  const parts: Prisma.Sql[] = [Prisma.sql`g."instansiId" = ${instansiId}`];
  // Flags describe active pegawai only.
  const status = f.masalah ? "aktif" : f.status;
  if (status === "aktif") parts.push(Prisma.sql`g.aktif`);
  if (status === "nonaktif") parts.push(Prisma.sql`NOT g.aktif`);
  if (f.jenis) parts.push(Prisma.sql`g.jenis = ${f.jenis}::"JenisPegawai"`);
  const q = f.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(/^\d+$/.test(q) ? Prisma.sql`g.nip LIKE ${`${q}%`}` : Prisma.sql`g.nama ILIKE ${like}`);
  }
  if (f.unorId !== undefined) parts.push(Prisma.sql`u."instansiId" = ${instansiId} AND u.path @> ARRAY[${f.unorId}]::int[]`);
  if (f.masalah === "sesuai") {
    parts.push(Prisma.sql`(${MASALAH_SQL}) IS NULL`);
  } else if (f.masalah) {
    const kode: readonly string[] =
      f.masalah === "tidak-sesuai" ? MASALAH_PEGAWAI : KARTU_MASALAH.find((k) => k.kode === f.masalah)!.masalah;
    parts.push(Prisma.sql`(${MASALAH_SQL}) IN (${Prisma.join(kode)})`);
  }
  return Prisma.join(parts, " AND ");
}

/** One page of the instansi's pegawai, ordered by nama then NIP, with the total that matches. */
export async function listPegawai(actor: Actor, instansiId: number, f: PegawaiFilter): Promise<PegawaiPage | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const where = whereSql(instansiId, f);
  const offset = (f.halaman - 1) * f.perHalaman;
  const [rows, [count]] = await Promise.all([
    // The page's ids first: joins that neither the filter nor the order use are removed by the
    // planner (each is on a unique key), so an unfiltered page sorts Pegawai alone.
    db().$queryRaw<(Omit<PegawaiRow, "unorInduk"> & { path: number[] | null })[]>`
      WITH halaman AS (
        SELECT g.id ${FROM_SQL} WHERE ${where}
        ORDER BY g.nama, g.nip LIMIT ${f.perHalaman} OFFSET ${offset}
      )
      SELECT g.id, g.nip, g.nama, g.jenis::text AS jenis, g."tanggalLahir", g.pendidikan, g.aktif, g."unorId",
             CASE WHEN u."instansiId" = g."instansiId" THEN u.nama END AS "unorNama",
             CASE WHEN u."instansiId" = g."instansiId" THEN u.aktif END AS "unorAktif",
             CASE WHEN u."instansiId" = g."instansiId" THEN u.path END AS path,
             j.kode AS "jabatanKode", j.nama AS "jabatanNama", j.bup,
             CASE WHEN g.aktif THEN ${MASALAH_SQL} END AS masalah
      ${FROM_SQL}
      JOIN halaman h ON h.id = g.id
      ORDER BY g.nama, g.nip`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${FROM_SQL} WHERE ${where}`,
  ]);
  const induk = await namaUnor(instansiId, rows.flatMap((r) => r.path?.slice(0, -1) ?? []));
  return {
    rows: rows.map(({ path, ...r }) => ({ ...r, unorInduk: (path?.slice(0, -1) ?? []).map((id) => induk.get(id) ?? "?") })),
    total: Number(count.n),
  };
}

/** Names of a page's ancestor units: one query for the ids on the page, not a walk per row. */
async function namaUnor(instansiId: number, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db().unor.findMany({ where: { instansiId, id: { in: unique } }, select: { id: true, nama: true } });
  return new Map(rows.map((r) => [r.id, r.nama]));
}

export interface UnorTanpaKebutuhanRow {
  id: number;
  nama: string;
  unorInduk: string[];
  /** Active pegawai in this unit itself. */
  jumlahPegawai: number;
  /** Jabatan placed in the unit (all with K = 0), 0 when none is placed. */
  jumlahJabatan: number;
}

/** The units flagged "berpegawai tanpa kebutuhan", a page at a time, ordered by nama. */
export async function listUnorTanpaKebutuhan(
  actor: Actor,
  instansiId: number,
  page: { halaman: number; perHalaman: number },
): Promise<{ rows: UnorTanpaKebutuhanRow[]; total: number } | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const [rows, [count]] = await Promise.all([
    db().$queryRaw<{ id: number; nama: string; path: number[]; pegawai: bigint; sel: bigint }[]>`
      SELECT * FROM (${unorTanpaKebutuhanSql(instansiId)}) t ORDER BY nama, id
      LIMIT ${page.perHalaman} OFFSET ${(page.halaman - 1) * page.perHalaman}`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${unorTanpaKebutuhanSql(instansiId)}) t`,
  ]);
  const induk = await namaUnor(instansiId, rows.flatMap((r) => r.path.slice(0, -1)));
  return {
    rows: rows.map((r) => ({
      id: r.id,
      nama: r.nama,
      unorInduk: r.path.slice(0, -1).map((id) => induk.get(id) ?? "?"),
      jumlahPegawai: Number(r.pegawai),
      jumlahJabatan: Number(r.sel),
    })),
    total: Number(count.n),
  };
}

/** The unit a list is filtered to (a link from a flag row), if it is one of this instansi's. */
export async function findUnorFilter(actor: Actor, instansiId: number, unorId: number): Promise<{ id: number; nama: string; aktif: boolean } | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  return db().unor.findFirst({ where: { id: unorId, instansiId }, select: { id: true, nama: true, aktif: true } });
}
