import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import type { EditorCellRow, EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { Jenjang } from "@/lib/generated/prisma/enums";

export type EditorUnit = EditorUnitRow;
export type EditorCell = EditorCellRow;

/**
 * K and B of every unit's whole subtree (itself and everything below it), by the recap rule that an
 * inactive unit counts in no figure: each active unit's cells count once for every unit on its path
 * (the path holds the unit itself). The same rule as getRekapSubtreeUnor, set-wise for all units.
 */
export function subtreeSums(instansiId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, sum(p.kebutuhan) k, sum(p.existing) b
    FROM "PetaJabatan" p
    JOIN "Unor" d ON d.id = p."unorId" AND d.aktif
    CROSS JOIN LATERAL unnest(d."path") AS a(id)
    WHERE p."instansiId" = ${instansiId}
    GROUP BY a.id`;
}

/**
 * Everything the tree editor shows for one instansi: units and the jabatan placed in them, in two
 * queries over the instansi's own rows (raw SQL, explicit columns: the payload for 10k units and 50k
 * cells stays small). Null when the actor may not read the instansi.
 */
export async function getUnorEditorData(
  actor: Actor,
  instansiId: number,
  opts: { includeInactive: boolean },
): Promise<{ units: EditorUnit[]; cells: EditorCell[] } | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const aktifOnly = !opts.includeInactive;
  const [units, cells] = await Promise.all([
    db().$queryRaw<EditorUnit[]>`
      SELECT u.id, u."parentId", u.nama, u.jenis::text AS jenis, u.eselon::text AS eselon, u.urutan, u.aktif, u.version,
             coalesce(s.k, 0)::int AS kebutuhan, coalesce(s.b, 0)::int AS existing,
             coalesce(t.k, 0)::int AS "kebutuhanSubtree", coalesce(t.b, 0)::int AS "existingSubtree"
      FROM "Unor" u
      LEFT JOIN (SELECT "unorId", sum(kebutuhan) k, sum(existing) b FROM "PetaJabatan" WHERE "instansiId" = ${instansiId} GROUP BY 1) s
        ON s."unorId" = u.id
      LEFT JOIN (${subtreeSums(instansiId)}) t ON t.id = u.id
      WHERE u."instansiId" = ${instansiId} AND (NOT ${aktifOnly} OR u.aktif)`,
    db().$queryRaw<EditorCell[]>`
      SELECT p.id, p."unorId", p."jabatanId", j.nama, j.jenis::text AS jenis, j.jenjang::text AS jenjang, j.kelas,
             p.kebutuhan, p.existing, p.version, p.urutan, p."sumberKebutuhan"::text AS sumber, p."aturanVersi"
      FROM "PetaJabatan" p JOIN "Jabatan" j ON j.id = p."jabatanId"
      JOIN "Unor" u ON u.id = p."unorId"
      WHERE p."instansiId" = ${instansiId} AND (NOT ${aktifOnly} OR u.aktif)
      ORDER BY p."unorId", p.urutan, j.nama`,
  ]);
  return { units, cells };
}

/**
 * Catalogue search for the pickers ("search as you type"), optionally of one jenjang — filtered in the
 * query, so a jenjang's matches are never cut off by other jenjang's rows. Reference data: any signed-in role.
 */
export async function listJabatanPilihan(jenis: "FUNGSIONAL" | "PELAKSANA" | "STRUKTURAL", q: string, limit = 20, jenjang?: Jenjang | null) {
  const term = q.trim().slice(0, 100);
  return db().jabatan.findMany({
    where: {
      jenis,
      aktif: true,
      ...(jenjang ? { jenjang } : {}),
      ...(term ? { OR: [{ nama: { contains: term, mode: "insensitive" } }, { kode: { contains: term, mode: "insensitive" } }] } : {}),
    },
    orderBy: { nama: "asc" },
    take: Math.min(Math.max(limit, 1), 50),
    select: { id: true, kode: true, nama: true, jenjang: true, kelas: true },
  });
}

/**
 * Units to copy jabatan from ("Replikasi"): of any instansi, since operators may replicate another
 * instansi's OTK. Names and ids only — no figures, no pegawai.
 */
export async function listUnorSumberReplikasi(instansiId: number, q: string, limit = 20) {
  const term = q.trim().slice(0, 100);
  return db().unor.findMany({
    where: { instansiId, aktif: true, ...(term ? { nama: { contains: term, mode: "insensitive" } } : {}) },
    orderBy: [{ nama: "asc" }],
    take: Math.min(Math.max(limit, 1), 50),
    select: { id: true, nama: true },
  });
}
