import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { UKURAN_HALAMAN, type DataUnorFilter } from "@/lib/validation/daftar-instansi";

export interface DataUnorRow {
  id: number;
  nama: string;
  jenis: string;
  eselon: string | null;
  /** Name of the unit above; null for the instansi's root. */
  induk: string | null;
  /** 1 for the root, 2 for the units under it, … */
  tingkat: number;
  dasarHukumNomor: string | null;
  dasarHukumTanggal: Date | null;
  kodePembina: string | null;
  aktif: boolean;
  /** Active pegawai whose unit this is (with or without a placed jabatan). */
  jumlahPegawai: number;
  /** Jabatan placed in the unit itself. */
  jumlahJabatan: number;
}

export interface DataUnorView {
  rows: DataUnorRow[];
  /** Rows matching the filter (all pages). */
  cocok: number;
  /** The instansi's units, whatever the filter. */
  ringkasan: { total: number; aktif: number; nonaktif: number };
}

/**
 * The Data Unor list of one instansi: its units in tree order (by materialised path), filtered and
 * paged in the query, each with its pegawai and placed-jabatan counts. Null when the actor may not
 * read the instansi.
 */
export async function listDataUnor(actor: Actor, instansiId: number, f: DataUnorFilter): Promise<DataUnorView | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const q = f.q.toLowerCase() || null;
  const jenis = f.jenis ?? null;
  const aktif = f.status === undefined ? null : f.status === "aktif";
  const offset = (f.halaman - 1) * UKURAN_HALAMAN;
  const cocok = Prisma.sql`
    u."instansiId" = ${instansiId}
    AND (${q}::text IS NULL OR position(${q}::text IN lower(u.nama)) > 0 OR u."kodePembina" = ${q}::text)
    AND (${jenis}::text IS NULL OR u.jenis::text = ${jenis}::text)
    AND (${aktif}::boolean IS NULL OR u.aktif = ${aktif}::boolean)`;
  const [rows, [count], [ringkasan]] = await Promise.all([
    db().$queryRaw<(Omit<DataUnorRow, "jumlahPegawai" | "jumlahJabatan"> & { jumlahPegawai: bigint; jumlahJabatan: bigint })[]>`
      SELECT u.id, u.nama, u.jenis::text AS jenis, u.eselon::text AS eselon, pa.nama AS induk, cardinality(u.path) AS tingkat,
             u."dasarHukumNomor", u."dasarHukumTanggal", u."kodePembina", u.aktif,
             (SELECT count(*) FROM "Pegawai" g WHERE g."unorId" = u.id AND g.aktif) AS "jumlahPegawai",
             (SELECT count(*) FROM "PetaJabatan" p WHERE p."unorId" = u.id) AS "jumlahJabatan"
      FROM "Unor" u LEFT JOIN "Unor" pa ON pa.id = u."parentId"
      WHERE ${cocok}
      ORDER BY u.path
      LIMIT ${UKURAN_HALAMAN} OFFSET ${offset}`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Unor" u WHERE ${cocok}`,
    db().$queryRaw<{ total: bigint; aktif: bigint }[]>`
      SELECT count(*) AS total, count(*) FILTER (WHERE aktif) AS aktif FROM "Unor" WHERE "instansiId" = ${instansiId}`,
  ]);
  const total = Number(ringkasan.total);
  const nAktif = Number(ringkasan.aktif);
  return {
    rows: rows.map((r) => ({ ...r, tingkat: Number(r.tingkat), jumlahPegawai: Number(r.jumlahPegawai), jumlahJabatan: Number(r.jumlahJabatan) })),
    cocok: Number(count.n),
    ringkasan: { total, aktif: nAktif, nonaktif: total - nAktif },
  };
}
