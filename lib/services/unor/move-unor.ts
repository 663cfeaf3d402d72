import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { unorMoveSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { assertOneRow, loadUnorForEdit, lockInstansiTree, staleConflict } from "@/lib/services/guard";
import { assertUniqueSiblingName } from "./sibling-names";

/**
 * Moves a unit under a new parent at a position (also plain reordering among siblings). Under the
 * per-instansi tree lock: the cycle check reads fresh paths, so two concurrent moves cannot build a
 * cycle; the moved subtree's paths are rewritten in one UPDATE.
 */
export async function moveUnor(db: Db, actor: Actor, input: unknown) {
  const data = unorMoveSchema.parse(input);
  const unor = await loadUnorForEdit(db, actor, data.unorId);
  if (unor.parentId === null) throw new AppError("INVALID", "Unor puncak instansi tidak dapat dipindahkan.");
  return db.$transaction(async (tx) => {
    await lockInstansiTree(tx, unor.instansiId);
    const [current, parent] = await Promise.all([
      tx.unor.findUnique({ where: { id: unor.id }, select: { version: true, path: true, parentId: true } }),
      tx.unor.findUnique({ where: { id: data.parentId }, select: { id: true, instansiId: true, path: true, aktif: true } }),
    ]);
    if (!current || current.version !== data.version) throw staleConflict();
    if (!parent || parent.instansiId !== unor.instansiId) throw new AppError("NOT_FOUND", "Unor atasan tidak ditemukan di instansi ini.");
    if (parent.path.includes(unor.id)) throw new AppError("INVALID", "Unor tidak dapat dipindahkan ke bawah dirinya sendiri.", { parentId: ["Tujuan berada di bawah unor yang dipindahkan."] });
    if (parent.id !== current.parentId) await assertUniqueSiblingName(tx, unor.instansiId, parent.id, unor.nama, unor.id);

    if (parent.id !== current.parentId) {
      const depth = current.path.indexOf(unor.id) + 1; // 1-based position of the unit in its own path
      await tx.$executeRaw`
        UPDATE "Unor" SET "path" = ${parent.path}::int[] || "path"[${depth}:]
        WHERE "instansiId" = ${unor.instansiId} AND "path" @> ARRAY[${unor.id}]::int[]`;
    }
    const siblings = await tx.unor.findMany({
      where: { instansiId: unor.instansiId, parentId: parent.id, NOT: { id: unor.id } },
      orderBy: [{ urutan: "asc" }, { id: "asc" }],
      select: { id: true, urutan: true, aktif: true },
    });
    // The index counts the siblings the operator saw (inactive ones are hidden by default): insert
    // before the index-th visible sibling, or after the last visible one.
    const visible = siblings.filter((s) => data.includeInactive || s.aktif);
    const anchor = visible[data.index];
    const position = anchor ? siblings.indexOf(anchor) : visible.length ? siblings.indexOf(visible[visible.length - 1]) + 1 : siblings.length;
    const order = [...siblings.map((s) => s.id)];
    order.splice(position, 0, unor.id);
    const { count } = await tx.unor.updateMany({
      where: { id: unor.id, version: data.version },
      data: { parentId: parent.id, urutan: order.indexOf(unor.id) + 1, version: { increment: 1 } },
    });
    assertOneRow(count);
    for (const [i, id] of order.entries()) {
      const s = siblings.find((x) => x.id === id);
      if (s && s.urutan !== i + 1) await tx.unor.update({ where: { id }, data: { urutan: i + 1 } });
    }
    await writeAudit(tx, actor, {
      entity: "Unor",
      entityId: unor.id,
      action: parent.id === current.parentId ? "REORDER" : "MOVE",
      instansiId: unor.instansiId,
      before: { parentId: current.parentId, urutan: unor.urutan },
      after: { parentId: parent.id, urutan: order.indexOf(unor.id) + 1 },
    });
    return { id: unor.id, parentId: parent.id, urutan: order.indexOf(unor.id) + 1, version: data.version + 1 };
  });
}
