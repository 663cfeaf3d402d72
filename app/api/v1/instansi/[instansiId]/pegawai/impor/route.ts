import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { MAX_FILE_BYTES, TOO_LARGE_MESSAGE } from "@/lib/excel/pegawai/read-rows";
import { errorResponse } from "@/lib/http/error-response";
import { throttledProgress, uploadThenNdjson } from "@/lib/http/ndjson-upload";
import { requireEditor } from "@/lib/services/guard";
import { importPegawai } from "@/lib/services/pegawai/import-pegawai";
import { pegawaiImporQuerySchema } from "@/lib/validation/pegawai-impor";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ instansiId: z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." }) });

/** POST multipart (field `file`) ?mode=TAMBAH|GANTI&format=xlsx|csv: the import, all or nothing, as NDJSON (progress lines, then {hasil} or {error} with every problem by row and column). */
export async function POST(req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  try {
    const actor = await requireActor();
    const { instansiId } = paramsSchema.parse(await ctx.params);
    const url = new URL(req.url);
    const { mode, format } = pegawaiImporQuerySchema.parse({ mode: url.searchParams.get("mode"), format: url.searchParams.get("format") });
    // Refused before a byte of the upload is stored.
    await requireEditor(db(), actor, instansiId, { entity: "Pegawai", entityId: "impor" });
    return await uploadThenNdjson(req, { where: "pegawai/impor", maxBytes: MAX_FILE_BYTES, tooLarge: TOO_LARGE_MESSAGE, filename: `unggahan.${format}` }, (file, send) =>
      importPegawai(db(), actor, { instansiId, file, format, mode }, throttledProgress(send)),
    );
  } catch (e) {
    return errorResponse(e, "pegawai/impor");
  }
}
