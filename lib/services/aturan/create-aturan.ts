import type { Db } from "@/lib/db";
import { canManageAturan, type Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { aturanCreateSchema } from "@/lib/validation/aturan";
import { writeAudit } from "@/lib/services/audit";

/** ADMIN adds a rule-set version (WKE, period factors, rounding, EJ bands). Audited. */
export async function createAturan(db: Db, actor: Actor, input: unknown) {
  if (!canManageAturan(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menambah aturan perhitungan.");
  const data = aturanCreateSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      // Two admins adding the same version at once: the second waits here, then sees the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('aturan-versi'), hashtext(${data.versi}))`;
      const exists = await tx.aturanPerhitungan.findUnique({ where: { versi: data.versi }, select: { id: true } });
      if (exists) throw new AppError("CONFLICT", `Versi aturan ${data.versi} sudah ada. Aturan tidak diubah di tempat: buat versi baru.`, { versi: ["Versi sudah dipakai."] });
      const row = await tx.aturanPerhitungan.create({
        data: { ...data, berlakuMulai: new Date(`${data.berlakuMulai}T00:00:00Z`) },
      });
      await writeAudit(tx, actor, { entity: "AturanPerhitungan", entityId: row.id, action: "CREATE", after: row });
      return row;
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}
