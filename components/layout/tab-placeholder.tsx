import { notFound } from "next/navigation";
import { z } from "zod";
import { requireInstansiReader } from "@/lib/auth/actor";
import { findInstansi } from "@/lib/data/instansi";

const paramsSchema = z.object({ instansiId: z.coerce.number().int().positive() });

/** A tab whose screen is not built yet: authorised like the others, saying so plainly. */
export async function TabPlaceholder({ params, judul }: { params: Promise<{ instansiId: string }>; judul: string }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const actor = await requireInstansiReader(parsed.data.instansiId);
  const instansi = await findInstansi(actor, parsed.data.instansiId);
  if (!instansi) notFound();
  return (
    <>
      <h1>{judul}</h1>
      <p className="muted">{instansi.nama}: halaman ini sedang disiapkan.</p>
    </>
  );
}
