import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Ends every server session of a user inside the caller's transaction (password change, deactivation,
 * role or instansi change): their JWTs name a session row that no longer exists, so getActor refuses them.
 */
export async function endUserSessions(tx: Prisma.TransactionClient, userId: number): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId } });
  return count;
}
