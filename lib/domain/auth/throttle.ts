/**
 * Login throttling, as pure arithmetic over one counter (per username or per client address).
 * The service keeps the counters in PostgreSQL so that every app server shares them.
 */
export interface ThrottleCounter {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export interface ThrottlePolicy {
  /** Failures within the window that lock the key. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;
export const USER_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
// An address is shared by many users behind one NAT, so it gets a larger allowance.
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** The moment the key may try again, or null when it is not locked now. */
export function lockedUntil(counter: ThrottleCounter | null, now: Date): Date | null {
  if (!counter?.lockedUntil) return null;
  return counter.lockedUntil.getTime() > now.getTime() ? counter.lockedUntil : null;
}

/**
 * The counter after one more failure. A window older than `windowMs` (or an expired lock) starts
 * afresh; reaching `maxFailures` locks the key for `lockMs` from now.
 */
export function afterFailure(counter: ThrottleCounter | null, now: Date, policy: ThrottlePolicy): ThrottleCounter {
  const stale =
    !counter ||
    now.getTime() - counter.windowStart.getTime() >= policy.windowMs ||
    (counter.lockedUntil !== null && counter.lockedUntil.getTime() <= now.getTime());
  const failures = stale ? 1 : counter.failures + 1;
  const windowStart = stale ? now : counter.windowStart;
  const locked = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStart, lockedUntil: locked };
}

/** Whole minutes left until `until`, at least 1 (for the message). */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}

export const lockMessage = (scope: "user" | "ip", minutes: number) =>
  scope === "user"
    ? `Terlalu banyak percobaan masuk. Akun ini dikunci sementara; coba lagi dalam ${minutes} menit.`
    : `Terlalu banyak percobaan masuk dari alamat ini; coba lagi dalam ${minutes} menit.`;

export const WRONG_CREDENTIALS_MESSAGE = "Nama pengguna atau kata sandi salah.";

/**
 * The client address from request headers: the first hop of x-forwarded-for, else x-real-ip, else
 * "unknown". Only trustworthy when a proxy in front of the app sets these headers itself.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const pick = (name: string) => {
    const v = headers?.[name];
    return (Array.isArray(v) ? v[0] : v)?.trim();
  };
  const first = pick("x-forwarded-for")?.split(",")[0]?.trim();
  const address = first || pick("x-real-ip") || "unknown";
  return address.slice(0, 64);
}
