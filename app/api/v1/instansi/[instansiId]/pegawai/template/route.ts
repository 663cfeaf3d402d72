import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/error-response";
import { xlsxResponse } from "@/lib/http/xlsx-download";
import { buildPegawaiTemplate } from "@/lib/services/pegawai/build-pegawai-template";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ instansiId: z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." }) });

/** GET: the pegawai import template of this instansi (streamed .xlsx). */
export async function GET(_req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  try {
    const actor = await requireActor();
    const { instansiId } = paramsSchema.parse(await ctx.params);
    const t = await buildPegawaiTemplate(db(), actor, { instansiId });
    return xlsxResponse({ filename: t.filename, jabatan: 0, write: async (out) => (await t.write(out), { jabatan: 0, uraian: 0 }) }, "pegawai/template");
  } catch (e) {
    return errorResponse(e, "pegawai/template");
  }
}
