import "server-only";
import { db } from "@/lib/db";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";

export interface UnorTreeRow {
  id: number;
  parentId: number | null;
  nama: string;
  jenis: string;
  eselon: string | null;
  urutan: number;
  aktif: boolean;
  depth: number;
  kebutuhan: number;
  existing: number;
  jumlahJabatan: number;
}

/**
 * All units of one instansi with per-unit kebutuhan and existing (each unit's own cells; existing is
 * kept per cell by triggers), in two set queries (no query per level). Returns [] when the actor may
 * not read the instansi: the scope is in the query path itself.
 */
export async function listUnorOfInstansi(actor: Actor, instansiId: number): Promise<UnorTreeRow[]> {
  if (!canReadInstansi(actor, instansiId)) return [];
  const [units, cells] = await Promise.all([
    db().unor.findMany({
      where: { instansiId },
      select: { id: true, parentId: true, nama: true, jenis: true, eselon: true, urutan: true, aktif: true, path: true },
    }),
    db().petaJabatan.groupBy({
      by: ["unorId"],
      where: { instansiId },
      _sum: { kebutuhan: true, existing: true },
      _count: { _all: true },
    }),
  ]);
  const sums = new Map(cells.map((c) => [c.unorId, { k: c._sum.kebutuhan ?? 0, b: c._sum.existing ?? 0, n: c._count._all }]));
  return units.map((u) => ({
    id: u.id,
    parentId: u.parentId,
    nama: u.nama,
    jenis: u.jenis,
    eselon: u.eselon,
    urutan: u.urutan,
    aktif: u.aktif,
    depth: u.path.length - 1,
    kebutuhan: sums.get(u.id)?.k ?? 0,
    existing: sums.get(u.id)?.b ?? 0,
    jumlahJabatan: sums.get(u.id)?.n ?? 0,
  }));
}
