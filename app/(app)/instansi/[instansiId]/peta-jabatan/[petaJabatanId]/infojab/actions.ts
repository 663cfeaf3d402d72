"use server";

/**
 * Server actions of the infojab screen. Thin: the actor, then the service, which validates the
 * input and authorises every id in it itself. The first argument only names the pages to refresh.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult } from "@/lib/actions/action-result";
import { saveInfojab } from "@/lib/services/infojab/save-infojab";
import { lockInfojab } from "@/lib/services/infojab/lock-infojab";
import { unlockInfojab } from "@/lib/services/infojab/unlock-infojab";
import { copyInfojab } from "@/lib/services/infojab/copy-infojab";
import { getSumberSalinPreview, listSumberSalin } from "@/lib/data/infojab";
import { AppError } from "@/lib/errors";

const idSchema = z.coerce.number().int().positive();

function revalidate(instansiId: unknown, petaJabatanId: unknown) {
  const i = idSchema.safeParse(instansiId);
  const p = idSchema.safeParse(petaJabatanId);
  if (!i.success) return;
  revalidatePath(`/instansi/${i.data}/unor`);
  if (p.success) revalidatePath(`/instansi/${i.data}/peta-jabatan/${p.data}/infojab`);
}

export async function saveInfojabAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await saveInfojab(db(), actor, input);
    revalidate(instansiId, r.petaJabatanId);
    return { version: r.version, berubah: r.berubah, kebutuhanSebelum: r.kebutuhanSebelum, kebutuhanSesudah: r.kebutuhanSesudah };
  });
}

export async function lockInfojabAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await lockInfojab(db(), actor, input);
    revalidate(instansiId, (input as { petaJabatanId?: unknown })?.petaJabatanId);
    return { version: r.version };
  });
}

export async function unlockInfojabAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await unlockInfojab(db(), actor, input);
    revalidate(instansiId, (input as { petaJabatanId?: unknown })?.petaJabatanId);
    return r;
  });
}

export async function copyInfojabAction(instansiId: number, input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const r = await copyInfojab(db(), actor, input);
    revalidate(instansiId, r.petaJabatanId);
    return { version: r.version, kebutuhanSebelum: r.kebutuhanSebelum, kebutuhanSesudah: r.kebutuhanSesudah, diff: r.diff };
  });
}

const listSchema = z.object({ instansiId: idSchema, petaJabatanId: idSchema });

export async function listSumberSalinAction(input: unknown) {
  return toActionResult(async () => {
    const actor = await requireActor();
    const { instansiId, petaJabatanId } = listSchema.parse(input);
    return listSumberSalin(actor, instansiId, petaJabatanId);
  });
}

/** The preview of a source infojab (lib/data/infojab#getSumberSalinPreview decides what may be shown). */
export async function previewSumberSalinAction(input: unknown) {
  return toActionResult(async () => {
    await requireActor();
    const id = idSchema.parse((input as { petaJabatanId?: unknown })?.petaJabatanId);
    const isi = await getSumberSalinPreview(id);
    if (!isi) throw new AppError("NOT_FOUND", "Jabatan sumber tidak ditemukan atau belum memiliki informasi jabatan.");
    return isi;
  });
}
