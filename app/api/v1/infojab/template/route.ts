import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/error-response";
import { xlsxResponse } from "@/lib/http/xlsx-download";
import { buildInfojabTemplate } from "@/lib/services/infojab/build-infojab-template";

export const dynamic = "force-dynamic";

/** GET ?petaJabatanId= : the empty infojab workbook, keyed to one placed jabatan when given. */
export async function GET(req: Request) {
  try {
    const actor = await requireActor();
    const petaJabatanId = new URL(req.url).searchParams.get("petaJabatanId");
    return xlsxResponse(await buildInfojabTemplate(db(), actor, { petaJabatanId }), "infojab/template");
  } catch (e) {
    return errorResponse(e, "infojab/template");
  }
}
