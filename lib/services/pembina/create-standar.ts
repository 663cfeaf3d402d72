import type { Db } from "@/lib/db";
import { canManageAturan, type Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { standarCreateSchema } from "@/lib/validation/pembina";
import { writeAudit } from "@/lib/services/audit";

/** ADMIN adds a version of a pembina standard (never edited in place: placed kebutuhan cite their version). Audited. */
export async function createStandar(db: Db, actor: Actor, input: unknown) {
  if (!canManageAturan(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menambah versi standar.");
  const data = standarCreateSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('standar-versi'), hashtext(${data.versi}))`;
      const exists = await tx.standarPembina.findUnique({ where: { versi: data.versi }, select: { id: true } });
      if (exists) throw new AppError("CONFLICT", `Versi standar ${data.versi} sudah ada. Standar tidak diubah di tempat: buat versi baru.`, { versi: ["Versi sudah dipakai."] });
      const row = await tx.standarPembina.create({
        data: { versi: data.versi, jenis: data.jenis, sumber: data.sumber, berlakuMulai: new Date(`${data.berlakuMulai}T00:00:00Z`), aturan: JSON.parse(JSON.stringify(data.aturan)) },
        select: { id: true, versi: true, jenis: true, berlakuMulai: true, sumber: true },
      });
      await writeAudit(tx, actor, { entity: "StandarPembina", entityId: row.id, action: "CREATE", after: { ...row, aturan: data.aturan } });
      return row;
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}
