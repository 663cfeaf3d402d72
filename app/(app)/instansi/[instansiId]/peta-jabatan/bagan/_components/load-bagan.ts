import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireInstansiReader } from "@/lib/auth/actor";
import { getBaganData } from "@/lib/data/bagan";

const paramsSchema = z.object({ instansiId: z.coerce.number().int().positive() });
const searchSchema = z.object({
  unor: z.coerce.number().int().positive().optional().catch(undefined),
  kertas: z.enum(["A4", "A3"]).catch("A4"),
});

/** The bagan pages' common read: authorised, scoped to the instansi; an unknown ?unor is not found. */
export async function loadBagan(params: Promise<{ instansiId: string }>, searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { instansiId } = parsed.data;
  const actor = await requireInstansiReader(instansiId);
  const raw = await searchParams;
  const search = searchSchema.parse({ unor: raw.unor, kertas: raw.kertas ?? "A4" });
  const data = await getBaganData(actor, instansiId, search.unor ?? null);
  if (!data) notFound();
  return { ...data, kertas: search.kertas, base: `/instansi/${instansiId}/peta-jabatan/bagan` };
}
