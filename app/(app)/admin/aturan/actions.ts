"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import { createAturan } from "@/lib/services/aturan/create-aturan";
import { recomputeKebutuhanAbk, type RecomputeAbkResult } from "@/lib/services/abk/recompute-kebutuhan-abk";

export async function createAturanAction(input: unknown): Promise<ActionResult<{ versi: string }>> {
  return toActionResult(async () => {
    const actor = await requireActor();
    const row = await createAturan(db(), actor, input);
    revalidatePath("/admin/aturan");
    return { versi: row.versi };
  });
}

export async function recomputeAbkAction(): Promise<ActionResult<RecomputeAbkResult>> {
  return toActionResult(async () => {
    const actor = await requireActor();
    // The service refuses anyone but an administrator.
    const result = await recomputeKebutuhanAbk(db(), actor);
    revalidatePath("/", "layout");
    return result;
  });
}
