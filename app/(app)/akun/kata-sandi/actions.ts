"use server";

import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";

export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult<{ sesiDiakhiri: number }>> {
  return toActionResult(async () => changeOwnPassword(db(), await requireActor({ allowTemporaryPassword: true }), input));
}
