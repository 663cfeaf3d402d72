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
  jumlahPegawai: number;
  usulanDiajukan: number;
}

/** Every instansi the actor may see (operators: only their own), with small counts. */
export async function listInstansi(actor: Actor): Promise<InstansiRow[]> {
  const where = canListAllInstansi(actor) ? {} : { id: actor.instansiId ?? -1 };
  const rows = await db().instansi.findMany({
    where,
    orderBy: [{ jenis: "asc" }, { nama: "asc" }],
    select: {
      id: true,
      kode: true,
      nama: true,
      jenis: true,
      wilayah: true,
      _count: { select: { unor: true, pegawai: true, usulan: { where: { status: "DIAJUKAN" } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenis,
    wilayah: r.wilayah,
    jumlahUnor: r._count.unor,
    jumlahPegawai: r._count.pegawai,
    usulanDiajukan: r._count.usulan,
  }));
}

export async function findInstansi(actor: Actor, instansiId: number) {
  if (!canReadInstansi(actor, instansiId)) return null;
  return db().instansi.findUnique({
    where: { id: instansiId },
    select: { id: true, kode: true, nama: true, jenis: true, wilayah: true },
  });
}
