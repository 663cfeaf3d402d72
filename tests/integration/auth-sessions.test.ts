import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionActor } from "@/lib/auth/session-actor";
import { signInWithPassword } from "@/lib/services/auth/sign-in-with-password";
import { endSession } from "@/lib/services/auth/end-session";
import { endUserSessions } from "@/lib/services/auth/end-user-sessions";
import { makeInstansi, makeUser } from "../factories";

const t0 = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const limits = { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 };

async function signedIn(role: "OPERATOR" | "VERIFIKATOR" = "VERIFIKATOR") {
  const inst = role === "OPERATOR" ? await makeInstansi() : null;
  const u = await makeUser(role, inst?.id ?? null);
  const { sessionId } = await signInWithPassword(db(), { username: u.username, password: u.password, ip: "192.0.2.1", now: t0 });
  return { u, sid: sessionId };
}

const row = (sid: string) => db().userSession.findUnique({ where: { id: sid } });

describe("server sessions", () => {
  it("accepts a live session for its own user only", async () => {
    const { u, sid } = await signedIn("OPERATOR");
    expect(await loadSessionActor(db(), u.id, sid, at(1), limits)).toMatchObject({ id: u.id, role: "OPERATOR" });
    expect(await loadSessionActor(db(), u.id + 1, sid, at(1), limits)).toBeNull();
    expect(await loadSessionActor(db(), u.id, "tidak-ada", at(1), limits)).toBeNull();
  });

  it("ends after 30 idle minutes and deletes the row", async () => {
    const { u, sid } = await signedIn();
    expect(await loadSessionActor(db(), u.id, sid, at(29), limits)).not.toBeNull();
    // That request touched lastSeenAt, so the idle clock restarts at minute 29.
    expect((await row(sid))!.lastSeenAt).toEqual(at(29));
    expect(await loadSessionActor(db(), u.id, sid, at(58), limits)).not.toBeNull();
    expect(await loadSessionActor(db(), u.id, sid, at(88), limits)).toBeNull();
    expect(await row(sid)).toBeNull();
  });

  it("touches lastSeenAt at most once a minute", async () => {
    const { u, sid } = await signedIn();
    await loadSessionActor(db(), u.id, sid, at(0.5), limits);
    expect((await row(sid))!.lastSeenAt).toEqual(t0);
    await loadSessionActor(db(), u.id, sid, at(1), limits);
    expect((await row(sid))!.lastSeenAt).toEqual(at(1));
    await loadSessionActor(db(), u.id, sid, at(1.9), limits);
    expect((await row(sid))!.lastSeenAt).toEqual(at(1));
  });

  it("ends 8 hours after sign-in however active", async () => {
    const { u, sid } = await signedIn();
    for (let m = 25; m < 480; m += 25) expect(await loadSessionActor(db(), u.id, sid, at(m), limits), `minute ${m}`).not.toBeNull();
    expect(await loadSessionActor(db(), u.id, sid, at(480), limits)).toBeNull();
    expect(await row(sid)).toBeNull();
  });

  it("Keluar deletes the session on the server, so the same token is refused afterwards", async () => {
    const { u, sid } = await signedIn();
    expect(await endSession(db(), { sessionId: sid, userId: u.id })).toBe(true);
    expect(await loadSessionActor(db(), u.id, sid, at(1), limits)).toBeNull();
    const log = await db().auditLog.findFirst({ where: { entity: "Login", action: "LOGOUT", entityId: u.username } });
    expect(log?.after).toEqual({ username: u.username, userId: u.id });
    // Someone else's session id cannot be ended by naming it with the wrong user.
    const other = await signedIn();
    expect(await endSession(db(), { sessionId: other.sid, userId: u.id })).toBe(false);
    expect(await row(other.sid)).not.toBeNull();
  });

  it("endUserSessions ends every session of that user and no one else's", async () => {
    const { u, sid } = await signedIn();
    const second = await signInWithPassword(db(), { username: u.username, password: u.password, ip: "192.0.2.2", now: at(1) });
    const other = await signedIn();
    const ended = await db().$transaction((tx) => endUserSessions(tx, u.id));
    expect(ended).toBe(2);
    expect(await loadSessionActor(db(), u.id, sid, at(2), limits)).toBeNull();
    expect(await loadSessionActor(db(), u.id, second.sessionId, at(2), limits)).toBeNull();
    expect(await loadSessionActor(db(), other.u.id, other.sid, at(2), limits)).not.toBeNull();
  });

  it("refuses a session of a deactivated user, and one opened before the password changed", async () => {
    const a = await signedIn();
    await db().user.update({ where: { id: a.u.id }, data: { aktif: false } });
    expect(await loadSessionActor(db(), a.u.id, a.sid, at(1), limits)).toBeNull();

    const b = await signedIn();
    await db().user.update({ where: { id: b.u.id }, data: { passwordChangedAt: at(2) } });
    expect(await loadSessionActor(db(), b.u.id, b.sid, at(3), limits)).toBeNull();
    expect(await row(b.sid)).toBeNull();
  });

  it("re-reads role and instansi on every request", async () => {
    const { u, sid } = await signedIn();
    const inst = await makeInstansi();
    await db().user.update({ where: { id: u.id }, data: { role: "OPERATOR", instansiId: inst.id } });
    expect(await loadSessionActor(db(), u.id, sid, at(1), limits)).toMatchObject({ role: "OPERATOR", instansiId: inst.id });
  });

  it("deletes expired sessions of anyone when someone signs in", async () => {
    const old = await signedIn();
    const u = await makeUser("PIMPINAN");
    await signInWithPassword(db(), { username: u.username, password: u.password, ip: "192.0.2.3", now: at(31) });
    expect(await row(old.sid)).toBeNull();
  });
});
