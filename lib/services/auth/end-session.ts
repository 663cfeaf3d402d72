import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/services/audit";

/** "Keluar": deletes the server session, so the same cookie (or a copy of it) is refused afterwards. */
export async function endSession(db: Db, input: { sessionId: string; userId: number }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { id: input.sessionId, userId: input.userId } });
    if (count === 0) return false;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { username: true, instansiId: true } });
    await writeAudit(tx, null, {
      entity: "Login",
      entityId: (user?.username ?? String(input.userId)).slice(0, 40),
      action: "LOGOUT",
      after: { username: user?.username ?? null, userId: input.userId },
    });
    return true;
  });
}
