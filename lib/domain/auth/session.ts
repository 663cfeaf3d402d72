/** Server-session lifetime rules: idle and absolute limits, and how often lastSeenAt is touched. */
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

/** Touching lastSeenAt at most this often keeps a busy session from writing on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export type SessionVerdict = "valid" | "idle" | "expired";

export function sessionVerdict(s: SessionTimes, now: Date, limits: SessionLimits): SessionVerdict {
  const t = now.getTime();
  if (t - s.createdAt.getTime() >= limits.maxMs) return "expired";
  if (t - s.lastSeenAt.getTime() >= limits.idleMs) return "idle";
  return "valid";
}

export const needsTouch = (s: SessionTimes, now: Date) => now.getTime() - s.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;

/** Sessions started before the password last changed are no longer valid. */
export const predatesPasswordChange = (s: SessionTimes, passwordChangedAt: Date | null) =>
  passwordChangedAt !== null && s.createdAt.getTime() < passwordChangedAt.getTime();
