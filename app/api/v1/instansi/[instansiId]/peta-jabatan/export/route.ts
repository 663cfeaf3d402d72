import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/error-response";
import { xlsxResponse } from "@/lib/http/xlsx-download";
import { exportPetaJabatanExcel } from "@/lib/excel/peta-jabatan/export-peta-jabatan";

export const dynamic = "force-dynamic";

/** GET: the instansi's peta jabatan as .xlsx (JABATAN | KELAS | B | K | +/-), streamed. */
export async function GET(_req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  try {
    const actor = await requireActor();
    const { instansiId } = await ctx.params;
    const ex = await exportPetaJabatanExcel(db(), actor, { instansiId });
    return xlsxResponse(ex, "peta-jabatan/export");
  } catch (e) {
    return errorResponse(e, "peta-jabatan/export");
  }
}
