import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/error-response";
import { xlsxResponse } from "@/lib/http/xlsx-download";
import { exportInfojabExcel } from "@/lib/services/infojab/export-infojab-excel";

export const dynamic = "force-dynamic";

/** GET ?petaJabatanId= | ?unorId= | nothing (whole instansi): the infojab workbook, streamed. */
export async function GET(req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  try {
    const actor = await requireActor();
    const { instansiId } = await ctx.params;
    const q = new URL(req.url).searchParams;
    const ex = await exportInfojabExcel(db(), actor, { instansiId, petaJabatanId: q.get("petaJabatanId"), unorId: q.get("unorId") });
    return xlsxResponse(ex, "infojab/export");
  } catch (e) {
    return errorResponse(e, "infojab/export");
  }
}
