import type { Db } from "@/lib/db";
import { canRecomputeAbk, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { runProses, startProses } from "@/lib/services/proses/proses-latar";
import { recomputeKebutuhanAbk } from "./recompute-kebutuhan-abk";

export const JENIS_HITUNG_ULANG_ABK = "HITUNG_ULANG_ABK";

/**
 * "Hitung ulang kebutuhan ABK" from the admin page: opens the job row (one at a time nationally) and
 * starts the national recompute behind it, returning at once. `selesai` settles when the job has
 * ended (the action hands it to Next's after(); tests await it); the row tells the page how far it is.
 */
export async function startRecomputeAbk(db: Db, actor: Actor): Promise<{ prosesId: number; selesai: Promise<void> }> {
  if (!canRecomputeAbk(actor)) {
    await db.$transaction((tx) => writeAudit(tx, actor, { entity: "ProsesLatar", entityId: JENIS_HITUNG_ULANG_ABK, action: "AKSES_DITOLAK" }));
    throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menghitung ulang kebutuhan ABK nasional.");
  }
  const { id } = await startProses(db, actor, JENIS_HITUNG_ULANG_ABK, "Hitung ulang kebutuhan ABK");
  const selesai = runProses(db, id, (lapor) => recomputeKebutuhanAbk(db, actor, { onProgress: lapor }));
  return { prosesId: id, selesai };
}
