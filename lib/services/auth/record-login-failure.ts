import type { Prisma } from "@/lib/generated/prisma/client";
import { afterFailure, type ThrottleCounter, type ThrottlePolicy } from "@/lib/domain/auth/throttle";

/**
 * Counts one failed login against a throttle key, inside the caller's transaction. The row is created
 * if missing and locked FOR UPDATE before the rule is applied, so concurrent failures on any app
 * server are each counted exactly once.
 */
export async function recordLoginFailure(
  tx: Prisma.TransactionClient,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<ThrottleCounter> {
  await tx.loginThrottle.createMany({ data: [{ key, failures: 0, windowStart: now }], skipDuplicates: true });
  await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
  const current = await tx.loginThrottle.findUniqueOrThrow({ where: { key } });
  const next = afterFailure(current, now, policy);
  await tx.loginThrottle.update({ where: { key }, data: next });
  return next;
}
