"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import { createUser } from "@/lib/services/users/create-user";
import { resetUserPassword } from "@/lib/services/users/reset-password";
import { setUserActive } from "@/lib/services/users/set-user-active";
import { changeUserRole } from "@/lib/services/users/change-user-role";

// Each action re-reads the actor; the services refuse anyone but ADMIN themselves.

export async function createUserAction(input: unknown): Promise<ActionResult<{ username: string; temporaryPassword: string }>> {
  return toActionResult(async () => {
    const { user, temporaryPassword } = await createUser(db(), await requireActor(), input);
    revalidatePath("/admin/pengguna");
    return { username: user.username, temporaryPassword };
  });
}

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<{ username: string; temporaryPassword: string }>> {
  return toActionResult(async () => {
    const r = await resetUserPassword(db(), await requireActor(), input);
    revalidatePath("/admin/pengguna");
    return { username: r.username, temporaryPassword: r.temporaryPassword };
  });
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult<{ aktif: boolean }>> {
  return toActionResult(async () => {
    const r = await setUserActive(db(), await requireActor(), input);
    revalidatePath("/admin/pengguna");
    return { aktif: r.aktif };
  });
}

export async function changeUserRoleAction(input: unknown): Promise<ActionResult<{ role: string }>> {
  return toActionResult(async () => {
    const r = await changeUserRole(db(), await requireActor(), input);
    revalidatePath("/admin/pengguna");
    return { role: r.role };
  });
}
