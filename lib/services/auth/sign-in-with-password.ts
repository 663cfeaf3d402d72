import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { loginSchema } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { sessionLimits } from "@/lib/env";
import { writeAudit } from "@/lib/services/audit";
import {
  IP_POLICY, ipKey, lockedUntil, lockMessage, minutesLeft, USER_POLICY, userKey, WRONG_CREDENTIALS_MESSAGE,
} from "@/lib/domain/auth/throttle";
import { recordLoginFailure } from "./record-login-failure";

export interface SignInInput {
  username: unknown;
  password: unknown;
  ip: string;
  userAgent?: string | null;
  now?: Date;
}

// Unknown and inactive users are compared against this hash, so they cost the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

const audit = (tx: Prisma.TransactionClient, actor: Actor | null, action: string, username: string, after: object) =>
  writeAudit(tx, actor, { entity: "Login", entityId: username.slice(0, 40), action, after: { username, ...after } });

/**
 * Checks a password under the shared login throttle and, on success, opens a server session.
 * Locked keys are refused before the password is looked at, even when it is right.
 */
export async function signInWithPassword(db: Db, input: SignInInput): Promise<{ actor: Actor; sessionId: string }> {
  const parsed = loginSchema.safeParse({ username: input.username, password: input.password });
  if (!parsed.success) throw new AppError("INVALID", "Nama pengguna dan kata sandi wajib diisi.");
  const { username, password } = parsed.data;
  const { ip } = input;
  const now = input.now ?? new Date();
  const keys = { user: userKey(username), ip: ipKey(ip) };

  const refuseIfLocked = async (tx: Prisma.TransactionClient) => {
    const rows = await tx.loginThrottle.findMany({ where: { key: { in: [keys.user, keys.ip] } } });
    for (const scope of ["user", "ip"] as const) {
      const until = lockedUntil(rows.find((r) => r.key === keys[scope]) ?? null, now);
      if (!until) continue;
      await audit(tx, null, "LOGIN_DIKUNCI", username, { ip, scope, lockedUntil: until.toISOString() });
      return new AppError("TOO_MANY", lockMessage(scope, minutesLeft(until, now)));
    }
    return null;
  };
  const locked = await refuseIfLocked(db);
  if (locked) throw locked;

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, nama: true, role: true, instansiId: true, aktif: true, passwordHash: true },
  });
  const usable = user && user.aktif && !(user.role === "OPERATOR" && user.instansiId === null);
  const passwordOk = await verifyPassword(password, usable ? user.passwordHash : await dummy());

  if (!usable || !passwordOk) {
    const refusal = await db.$transaction(async (tx) => {
      const u = await recordLoginFailure(tx, keys.user, USER_POLICY, now);
      const a = await recordLoginFailure(tx, keys.ip, IP_POLICY, now);
      await audit(tx, null, "LOGIN_GAGAL", username, { ip });
      const scope = u.lockedUntil ? "user" : a.lockedUntil ? "ip" : null;
      if (!scope) return new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS_MESSAGE);
      const until = (scope === "user" ? u : a).lockedUntil!;
      await audit(tx, null, "LOGIN_DIKUNCI", username, { ip, scope, lockedUntil: until.toISOString() });
      return new AppError("TOO_MANY", lockMessage(scope, minutesLeft(until, now)));
    });
    throw refusal;
  }

  const actor: Actor = { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId };
  const sessionId = crypto.randomBytes(32).toString("base64url");
  const { idleMs, maxMs } = sessionLimits();
  const outcome = await db.$transaction(async (tx) => {
    // A lock set by a concurrent failure since the first check still wins over a right password.
    await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${keys.user} FOR UPDATE`;
    const lateLock = await refuseIfLocked(tx);
    if (lateLock) return lateLock;
    await tx.loginThrottle.deleteMany({ where: { key: keys.user } });
    await tx.userSession.deleteMany({
      where: { OR: [{ lastSeenAt: { lte: new Date(now.getTime() - idleMs) } }, { createdAt: { lte: new Date(now.getTime() - maxMs) } }] },
    });
    await tx.userSession.create({
      data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now, ip, userAgent: input.userAgent?.slice(0, 300) ?? null },
    });
    await audit(tx, actor, "LOGIN_BERHASIL", user.username, { ip });
    return null;
  });
  if (outcome) throw outcome;
  return { actor, sessionId };
}
