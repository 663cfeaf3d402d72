"use server";

/**
 * Server actions of the unor tree editor. Thin on purpose: each one asks who the actor is and hands
 * the untrusted input to its service, which validates it (zod) and checks authorisation against the
 * ids in it — never against anything the page claims. The first argument only names the page to
 * revalidate, so a forged value can at worst refresh the wrong path.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { JENJANG } from "@/lib/domain/jabatan/jenjang";
import { db } from "@/lib/db";
import { listInstansiPilihan } from "@/lib/data/instansi";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult } from "@/lib/actions/action-result";
import { listJabatanPilihan, listUnorSumberReplikasi } from "@/lib/data/unor";
import { createUnorStruktural } from "@/lib/services/unor/create-unor-struktural";
import { renameUnor } from "@/lib/services/unor/rename-unor";
import { moveUnor } from "@/lib/services/unor/move-unor";
import { setUnorAktif } from "@/lib/services/unor/set-unor-aktif";
import { deleteUnor } from "@/lib/services/unor/delete-unor";
import { placeJabatan } from "@/lib/services/peta-jabatan/place-jabatan";
import { removePetaJabatan } from "@/lib/services/peta-jabatan/remove-peta-jabatan";
import { updateKebutuhan } from "@/lib/services/peta-jabatan/update-kebutuhan";
import { replicateJabatan } from "@/lib/services/peta-jabatan/replicate-jabatan";

const idSchema = z.coerce.number().int().positive();
const qSchema = z.string().max(100).catch("");

function revalidateUnor(instansiId: unknown) {
  const id = idSchema.safeParse(instansiId);
  if (id.success) revalidatePath(`/instansi/${id.data}/unor`);
}

export async function createUnorStrukturalAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await createUnorStruktural(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function renameUnorAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await renameUnor(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function moveUnorAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await moveUnor(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function setUnorAktifAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await setUnorAktif(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function deleteUnorAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await deleteUnor(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function placeJabatanAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await placeJabatan(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function removePetaJabatanAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await removePetaJabatan(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function updateKebutuhanAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await updateKebutuhan(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

export async function replicateJabatanAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const result = await replicateJabatan(db(), actor, input);
    revalidateUnor(instansiId);
    return result;
  });
}

const jenisJabatanSchema = z.enum(["FUNGSIONAL", "PELAKSANA", "STRUKTURAL"]);
const jenjangSchema = z
  .enum(JENJANG)
  .nullish()
  .catch(null);

/** Catalogue search for the pickers (reference data: any signed-in role), optionally one jenjang. */
export async function searchJabatanAction(jenis: unknown, q: unknown, jenjang?: unknown) {
  return toActionResult(async () => {
    await requireActor();
    const j = jenisJabatanSchema.parse(jenis);
    const level = jenjangSchema.parse(jenjang);
    return listJabatanPilihan(j, qSchema.parse(q), 20, level);
  });
}

/** Units of an instansi to replicate jabatan from (names only; any signed-in role). */
export async function searchUnorSumberAction(instansiId: unknown, q: unknown) {
  return toActionResult(async () => {
    await requireActor();
    return listUnorSumberReplikasi(idSchema.parse(instansiId), qSchema.parse(q));
  });
}

/**
 * Instansi to replicate from (names only; any signed-in role).
 * TODO(lead): move into lib/data as listInstansiPilihan(actor, q) when it lands.
 */
export async function searchInstansiAction(q: unknown) {
  return toActionResult(async () => {
    await requireActor();
    return listInstansiPilihan(qSchema.parse(q));
  });
}
