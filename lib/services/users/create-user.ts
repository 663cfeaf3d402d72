import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { userCreateSchema } from "@/lib/validation/user";
import { generateTemporaryPassword, requireUserManager } from "./guard";
import { insertUser } from "./insert-user";

/**
 * ADMIN creates an account (any number of operators per instansi). The temporary password is returned
 * once, for the dialog to show; only its hash is stored, and the user must replace it at first login.
 */
export async function createUser(db: Db, actor: Actor, input: unknown) {
  requireUserManager(actor);
  const data = userCreateSchema.parse(input);
  const temporaryPassword = generateTemporaryPassword();
  const user = await insertUser(db, actor, data, temporaryPassword, true);
  return { user, temporaryPassword };
}
