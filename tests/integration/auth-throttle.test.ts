import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/services/auth/sign-in-with-password";
import { makeUser } from "../factories";

const t0 = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const WRONG = "Nama pengguna atau kata sandi salah.";
const LOCKED_15 = "Terlalu banyak percobaan masuk. Akun ini dikunci sementara; coba lagi dalam 15 menit.";

let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;

/** The refusal of one attempt, as code and message; fails the test if the attempt succeeds. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("attempt was accepted");
}

const attempt = (username: string, password: string, now: Date, ip = "203.0.113.10") =>
  signInWithPassword(db(), { username, password, ip, userAgent: "vitest", now });

const auditOf = (username: string) =>
  db().auditLog.findMany({ where: { entity: "Login", entityId: username }, orderBy: { id: "asc" }, select: { action: true, after: true } });

describe("login throttling", () => {
  it("locks a username on the fifth failure within 15 minutes, even for the right password, and audits it", async () => {
    const u = await makeUser("VERIFIKATOR");
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect(await refusal(attempt(u.username, "salah", at(i), ip))).toEqual({ code: "UNAUTHENTICATED", message: WRONG });
    expect(await refusal(attempt(u.username, "salah", at(4), ip))).toEqual({ code: "TOO_MANY", message: LOCKED_15 });
    // Locked until minute 19: the right password is refused too, and nothing counts further.
    expect(await refusal(attempt(u.username, u.password, at(10), ip))).toEqual({
      code: "TOO_MANY",
      message: "Terlalu banyak percobaan masuk. Akun ini dikunci sementara; coba lagi dalam 9 menit.",
    });
    expect(await db().loginThrottle.findUnique({ where: { key: `user:${u.username}` } })).toMatchObject({ failures: 5, lockedUntil: at(19) });
    expect(await db().userSession.count({ where: { userId: u.id } })).toBe(0);

    const log = await auditOf(u.username);
    expect(log.map((l) => l.action)).toEqual([
      "LOGIN_GAGAL", "LOGIN_GAGAL", "LOGIN_GAGAL", "LOGIN_GAGAL", "LOGIN_GAGAL", "LOGIN_DIKUNCI", "LOGIN_DIKUNCI",
    ]);
    expect(log[0].after).toEqual({ username: u.username, ip });
    expect(log[6].after).toEqual({ username: u.username, ip, scope: "user", lockedUntil: at(19).toISOString() });
    expect(JSON.stringify(log)).not.toContain("salah");
    expect(JSON.stringify(log)).not.toContain(u.password);

    // After the lock the right password works, opens a session and resets the count.
    const ok = await attempt(u.username, u.password, at(19), ip);
    expect(ok.actor).toMatchObject({ id: u.id, role: "VERIFIKATOR" });
    expect(await db().userSession.findUnique({ where: { id: ok.sessionId } })).toMatchObject({ userId: u.id, ip, userAgent: "vitest" });
    expect(await db().loginThrottle.findUnique({ where: { key: `user:${u.username}` } })).toBeNull();
    expect((await auditOf(u.username)).at(-1)!.action).toBe("LOGIN_BERHASIL");
  });

  it("forgets failures older than the 15-minute window, and a success resets the count", async () => {
    const u = await makeUser("PIMPINAN");
    const ip = freshIp();
    for (const m of [0, 1, 2, 3]) await refusal(attempt(u.username, "salah", at(m), ip));
    // The fifth failure comes 15 minutes after the first: a new window, no lock.
    expect(await refusal(attempt(u.username, "salah", at(15), ip))).toEqual({ code: "UNAUTHENTICATED", message: WRONG });
    await attempt(u.username, u.password, at(16), ip);
    for (const m of [17, 18, 19, 20]) expect((await refusal(attempt(u.username, "salah", at(m), ip))).code).toBe("UNAUTHENTICATED");
  });

  it("treats an unknown username like a wrong password: same message, same lock, comparable time", async () => {
    const u = await makeUser("VERIFIKATOR");
    const ip = freshIp();
    const timed = async (username: string) => {
      const started = performance.now();
      const r = await refusal(attempt(username, "salah", at(0), ip));
      return { r, ms: performance.now() - started };
    };
    await timed("pemanasan"); // builds the dummy hash once
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const known = [await timed(u.username), await timed(u.username), await timed(u.username)];
    const unknown = [await timed("tidak.ada.1"), await timed("tidak.ada.2"), await timed("tidak.ada.3")];
    for (const x of [...known, ...unknown]) expect(x.r).toEqual({ code: "UNAUTHENTICATED", message: WRONG });
    // Both pay one bcrypt comparison (cost 10): an unknown name is no fast path.
    const [k, n] = [median(known.map((x) => x.ms)), median(unknown.map((x) => x.ms))];
    expect(n / k).toBeGreaterThan(0.4);
    expect(n / k).toBeLessThan(2.5);

    const ip2 = freshIp();
    for (let i = 0; i < 4; i++) await refusal(attempt("tidak.ada", "salah", at(i), ip2));
    expect(await refusal(attempt("Tidak.Ada", "salah", at(5), ip2))).toEqual({ code: "TOO_MANY", message: LOCKED_15 });
  });

  it("locks a client address after 30 failures across usernames", async () => {
    const ip = freshIp();
    for (let i = 0; i < 29; i++) expect((await refusal(attempt(`tamu${i}`, "salah", at(0), ip))).code).toBe("UNAUTHENTICATED");
    expect(await refusal(attempt("tamu29", "salah", at(1), ip))).toEqual({
      code: "TOO_MANY",
      message: "Terlalu banyak percobaan masuk dari alamat ini; coba lagi dalam 15 menit.",
    });
    const u = await makeUser("PIMPINAN");
    expect((await refusal(attempt(u.username, u.password, at(2), ip))).code).toBe("TOO_MANY");
    // Another address is not affected.
    expect((await attempt(u.username, u.password, at(2), freshIp())).actor.id).toBe(u.id);
  });

  it("counts concurrent failures exactly once each", async () => {
    const u = await makeUser("VERIFIKATOR");
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 8 }, () => refusal(attempt(u.username, "salah", at(0), ip))));
    // Whatever the interleaving, exactly four are told "wrong" and the rest are locked out: no lost update.
    expect(results.filter((r) => r.code === "UNAUTHENTICATED").length).toBe(4);
    expect(results.filter((r) => r.code === "TOO_MANY").length).toBe(4);
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: `user:${u.username}` } });
    expect(row.failures).toBeGreaterThanOrEqual(5);
    expect(row.lockedUntil).toEqual(at(15));
  });

  it("refuses empty fields without counting them", async () => {
    expect(await refusal(attempt("", "", at(0)))).toEqual({ code: "INVALID", message: "Nama pengguna dan kata sandi wajib diisi." });
    expect(await db().loginThrottle.count({ where: { key: "user:" } })).toBe(0);
  });
});
