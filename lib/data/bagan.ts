import "server-only";
import { db } from "@/lib/db";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { subtreeSums } from "@/lib/data/unor";
import type { BaganCellInput, BaganUnitInput } from "@/lib/domain/bagan/layout";

export interface BaganData {
  instansi: { id: number; nama: string };
  /** The unit the bagan starts from: the instansi's root, or the ?unor asked for. */
  rootId: number;
  /** Every active unit of the instansi (for the unit picker), with its subtree's K and B. */
  units: BaganUnitInput[];
  /** The jabatan placed in the active units of the root's subtree. */
  cells: BaganCellInput[];
}

/**
 * What the bagan draws: the instansi's active units and the jabatan placed in the chosen subtree
 * (one indexed query over the unit paths). Inactive units are not drawn and count in no figure, as
 * in every recap. Null when the actor may not read the instansi, or the unit is not an active unit
 * of this instansi (a forged ?unor of another instansi finds nothing).
 */
export async function getBaganData(actor: Actor, instansiId: number, unorId: number | null): Promise<BaganData | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const instansi = await db().instansi.findUnique({ where: { id: instansiId }, select: { id: true, nama: true } });
  if (!instansi) return null;
  const root =
    unorId === null
      ? await db().unor.findFirst({ where: { instansiId, parentId: null, aktif: true }, orderBy: [{ urutan: "asc" }, { id: "asc" }], select: { id: true } })
      : await db().unor.findFirst({ where: { id: unorId, instansiId, aktif: true }, select: { id: true } });
  if (!root) return null;
  const [units, cells] = await Promise.all([
    db().$queryRaw<BaganUnitInput[]>`
      SELECT u.id, u."parentId", u.nama, u.jenis::text AS jenis, u.urutan,
             coalesce(t.k, 0)::int AS "kebutuhanSubtree", coalesce(t.b, 0)::int AS "existingSubtree"
      FROM "Unor" u LEFT JOIN (${subtreeSums(instansiId)}) t ON t.id = u.id
      WHERE u."instansiId" = ${instansiId} AND u.aktif`,
    db().$queryRaw<BaganCellInput[]>`
      SELECT p."unorId", j.nama, j.jenis::text AS jenis, j.kelas, p.kebutuhan, p.existing, p.urutan
      FROM "Unor" u
      JOIN "PetaJabatan" p ON p."unorId" = u.id AND p."instansiId" = ${instansiId}
      JOIN "Jabatan" j ON j.id = p."jabatanId"
      WHERE u."instansiId" = ${instansiId} AND u.aktif AND u."path" @> ARRAY[${root.id}]::int[]`,
  ]);
  return { instansi, rootId: root.id, units, cells };
}
