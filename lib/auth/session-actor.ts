import type { Db } from "@/lib/db";
import { sessionLimits } from "@/lib/env";
import { needsTouch, predatesPasswordChange, sessionVerdict, TOUCH_INTERVAL_MS, type SessionLimits } from "@/lib/domain/auth/session";
import type { Actor } from "./permissions";

/**
 * The actor of a session token, or null. The session row must exist for that user and be neither
 * idle nor past its absolute limit; the user is re-read in the same query, so a deactivated account
 * or a changed role applies at once. An ended session's row is deleted.
 */
export async function loadSessionActor(
  db: Db,
  userId: number,
  sessionId: string,
  now: Date = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<Actor | null> {
  const s = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      user: { select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true, passwordChangedAt: true, mustChangePassword: true } },
    },
  });
  if (!s || s.userId !== userId) return null;
  const { user } = s;
  if (sessionVerdict(s, now, limits) !== "valid" || predatesPasswordChange(s, user.passwordChangedAt)) {
    await db.userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (!user.aktif || (user.role === "OPERATOR" && user.instansiId === null)) return null;
  if (needsTouch(s, now)) {
    // Conditional: of concurrent requests only one writes, and a busy session writes once a minute.
    await db.userSession.updateMany({
      where: { id: sessionId, lastSeenAt: { lte: new Date(now.getTime() - TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId, mustChangePassword: user.mustChangePassword };
}
