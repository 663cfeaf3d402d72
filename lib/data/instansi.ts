import "server-only";
import { db } from "@/lib/db";
import { canListAllInstansi, canReadInstansi, type Actor } from "@/lib/auth/permissions";

export interface InstansiRow {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  wilayah: string | null;
  jumlahUnor: number;
  /** Active pegawai in placed jabatan (from the recap). */
  jumlahPegawai: number;
  usulanDiajukan: number;
}

/**
 * Every instansi the actor may see (operators: only their own), with small counts. Pegawai and
 * kebutuhan come from the recap table, so the list stays fast with millions of pegawai.
 */
export async function listInstansi(actor: Actor): Promise<InstansiRow[]> {
  const only = canListAllInstansi(actor) ? null : (actor.instansiId ?? -1);
  const rows = await db().$queryRaw<
    { id: number; kode: string; nama: string; jenis: string; wilayah: string | null; unor: bigint; pegawai: bigint; usulan: bigint }[]
  >`
    SELECT i.id, i.kode, i.nama, i.jenis::text AS jenis, i.wilayah,
           coalesce(u.n, 0) AS unor, coalesce(r.b, 0) AS pegawai, coalesce(s.n, 0) AS usulan
    FROM "Instansi" i
    LEFT JOIN (SELECT "instansiId", count(*) n FROM "Unor" GROUP BY 1) u ON u."instansiId" = i.id
    LEFT JOIN (SELECT "instansiId", sum(existing) b FROM "RekapInstansiJabatan" GROUP BY 1) r ON r."instansiId" = i.id
    LEFT JOIN (SELECT "instansiId", count(*) n FROM "Usulan" WHERE status = 'DIAJUKAN' GROUP BY 1) s ON s."instansiId" = i.id
    WHERE ${only}::int IS NULL OR i.id = ${only}::int
    ORDER BY i.jenis, i.nama`;
  return rows.map((r) => ({
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenis,
    wilayah: r.wilayah,
    jumlahUnor: Number(r.unor),
    jumlahPegawai: Number(r.pegawai),
    usulanDiajukan: Number(r.usulan),
  }));
}

export async function findInstansi(actor: Actor, instansiId: number) {
  if (!canReadInstansi(actor, instansiId)) return null;
  return db().instansi.findUnique({
    where: { id: instansiId },
    select: { id: true, kode: true, nama: true, jenis: true, wilayah: true },
  });
}

/**
 * Instansi names for picking a replication source ("another instansi's OTK"): names and ids only,
 * readable by any signed-in role, like the catalogue.
 */
export async function listInstansiPilihan(q: string, limit = 20): Promise<{ id: number; nama: string }[]> {
  const term = q.trim().slice(0, 100);
  return db().instansi.findMany({
    where: term ? { OR: [{ nama: { contains: term, mode: "insensitive" } }, { kode: { contains: term, mode: "insensitive" } }] } : {},
    orderBy: { nama: "asc" },
    take: Math.min(Math.max(limit, 1), 50),
    select: { id: true, nama: true },
  });
}
