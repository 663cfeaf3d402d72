"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import { createStandar } from "@/lib/services/pembina/create-standar";

export async function createStandarAction(input: unknown): Promise<ActionResult<{ versi: string }>> {
  return toActionResult(async () => {
    const actor = await requireActor();
    const row = await createStandar(db(), actor, input);
    revalidatePath("/admin/referensi");
    return { versi: row.versi };
  });
}
