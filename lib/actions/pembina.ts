"use server";

/**
 * Server actions of the tree's unor pembina dialogs (Import Unor Pembina, Import Jabatan Guru /
 * Nakes). Thin: the actor, then the service or data read, which validate and authorise from the ids
 * in the input. The instansi argument only names the page to revalidate.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toActionResult } from "@/lib/actions/action-result";
import { listReferensiPilihan } from "@/lib/data/pembina";
import { referensiFilterSchema } from "@/lib/validation/pembina";
import { importUnorPembina } from "@/lib/services/pembina/import-unor-pembina";
import { importJabatanStandar } from "@/lib/services/pembina/import-jabatan-standar";

const idSchema = z.coerce.number().int().positive();

function revalidateTree(instansiId: unknown) {
  const id = idSchema.safeParse(instansiId);
  if (id.success) revalidatePath(`/instansi/${id.data}`, "layout");
}

export async function listReferensiPilihanAction(input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const f = referensiFilterSchema.parse(input);
    const r = await listReferensiPilihan(actor, f.parentId, { q: f.q, jenjang: f.jenjang });
    if (!r) throw new AppError("NOT_FOUND", "Unor ini bukan Dinas Pendidikan atau Dinas Kesehatan instansi Anda.");
    return r;
  });
}

export async function importUnorPembinaAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await importUnorPembina(db(), actor, input);
    revalidateTree(instansiId);
    return r;
  });
}

export async function importJabatanStandarAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await importJabatanStandar(db(), actor, input);
    revalidateTree(instansiId);
    return r;
  });
}
