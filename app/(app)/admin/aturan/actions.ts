"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import { createAturan } from "@/lib/services/aturan/create-aturan";
import { JENIS_HITUNG_ULANG_ABK, startRecomputeAbk } from "@/lib/services/abk/start-recompute-abk";
import { getProsesTerakhir, type ProsesView } from "@/lib/data/proses-latar";

export async function createAturanAction(input: unknown): Promise<ActionResult<{ versi: string }>> {
  return toActionResult(async () => {
    const actor = await requireActor();
    const row = await createAturan(db(), actor, input);
    revalidatePath("/admin/aturan");
    return { versi: row.versi };
  });
}

/** Starts the national recompute and answers at once; the page then polls recomputeAbkStatusAction. */
export async function startRecomputeAbkAction(): Promise<ActionResult<{ prosesId: number }>> {
  return toActionResult(async () => {
    const actor = await requireActor();
    // The service refuses anyone but an administrator, and a second job while one runs.
    const { prosesId, selesai } = await startRecomputeAbk(db(), actor);
    // The job runs on after the answer; the page polls its row and refreshes when it has ended.
    after(selesai);
    return { prosesId };
  });
}

export async function recomputeAbkStatusAction(): Promise<ActionResult<ProsesView | null>> {
  return toActionResult(async () => getProsesTerakhir(db(), await requireActor(), JENIS_HITUNG_ULANG_ABK));
}
