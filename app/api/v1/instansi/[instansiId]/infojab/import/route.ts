import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { MAX_FILE_BYTES, TOO_LARGE_MESSAGE } from "@/lib/excel/infojab/read-workbook";
import { errorResponse } from "@/lib/http/error-response";
import { throttledProgress, uploadThenNdjson } from "@/lib/http/ndjson-upload";
import { requireEditor } from "@/lib/services/guard";
import { importInfojabExcel } from "@/lib/services/infojab/import-infojab-excel";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ instansiId: z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." }) });

/**
 * POST multipart (field `file`): the upload is streamed to a temp file under the size limit, then
 * imported; the answer is NDJSON — progress lines {tahap, selesai, total}, then {hasil} or {error}
 * with every problem by sheet, row and column.
 */
export async function POST(req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  try {
    const actor = await requireActor();
    const { instansiId } = paramsSchema.parse(await ctx.params);
    // Refused before a byte of the upload is stored.
    await requireEditor(db(), actor, instansiId, { entity: "Infojab", entityId: "impor" });
    return await uploadThenNdjson(req, { where: "infojab/import", maxBytes: MAX_FILE_BYTES, tooLarge: TOO_LARGE_MESSAGE, filename: "unggahan.xlsx" }, (file, send) =>
      importInfojabExcel(db(), actor, { instansiId, file }, throttledProgress(send)),
    );
  } catch (e) {
    return errorResponse(e, "infojab/import");
  }
}
