import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireInstansiReader } from "@/lib/auth/actor";
import { getInfojabPageData, type InfojabPageData } from "@/lib/data/infojab";

const paramsSchema = z.object({ instansiId: z.coerce.number().int().positive(), petaJabatanId: z.coerce.number().int().positive() });

/** The editor and the print view read the same way: parsed ids, a reader of the instansi, else 404. */
export async function loadInfojabPage(params: Promise<{ instansiId: string; petaJabatanId: string }>): Promise<InfojabPageData> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { instansiId, petaJabatanId } = parsed.data;
  const actor = await requireInstansiReader(instansiId);
  const data = await getInfojabPageData(actor, instansiId, petaJabatanId);
  if (!data) notFound();
  return data;
}
