import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { createUser } from "@/lib/services/users/create-user";
import { resetUserPassword } from "@/lib/services/users/reset-password";
import { mustChangePassword } from "@/lib/data/users";
import { makeInstansi, makeUser } from "../factories";

const issuesOf = (e: { issues: { path: (string | number)[]; message: string }[] }) => Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message]));

describe("Ubah Kata Sandi", () => {
  it("replaces the password of a user who must change it, clears the flag and ends all their sessions", async () => {
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi();
    const { user, temporaryPassword } = await createUser(db(), admin, { username: "op.baru", nama: "Operator Baru", role: "OPERATOR", instansiId: inst.id });
    const actor = { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId };
    expect(await mustChangePassword(db(), user.id)).toBe(true);
    for (const id of ["s1", "s2"]) await db().userSession.create({ data: { id: `${id}-${user.id}`, userId: user.id } });
    await db().userSession.create({ data: { id: crypto.randomUUID(), userId: admin.id } });

    const t0 = Date.now();
    const r = await changeOwnPassword(db(), actor, { kataSandiLama: temporaryPassword, kataSandiBaru: "Sandi-Baru-Depok-2026", konfirmasi: "Sandi-Baru-Depok-2026" });
    expect(r).toEqual({ sesiDiakhiri: 2 });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.passwordChangedAt!.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(await verifyPassword("Sandi-Baru-Depok-2026", row.passwordHash)).toBe(true);
    expect(await verifyPassword(temporaryPassword, row.passwordHash)).toBe(false);
    expect(await db().userSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().userSession.count({ where: { userId: admin.id } })).toBe(1);
    expect(await mustChangePassword(db(), user.id)).toBe(false);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(user.id), action: "UBAH_KATA_SANDI" } });
    expect(audit).toMatchObject({ userId: user.id, instansiId: inst.id, after: { sesiDiakhiri: 2 } });
    expect(JSON.stringify(audit)).not.toContain("Sandi-Baru-Depok-2026");
  });

  it("refuses a wrong current password, a short one, the demo password, the current one and a mismatched confirmation", async () => {
    const u = await makeUser("PIMPINAN", null, "sandi-lama-yang-panjang");
    const before = (await db().user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash;
    await expect(changeOwnPassword(db(), u, { kataSandiLama: "bukan-ini", kataSandiBaru: "Sandi-Baru-2026-ok", konfirmasi: "Sandi-Baru-2026-ok" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Kata sandi saat ini salah.",
      fieldErrors: { kataSandiLama: ["Kata sandi saat ini salah."] },
    });
    const cases: [string, string, Record<string, string>][] = [
      ["pendek-11ch", "pendek-11ch", { kataSandiBaru: "Kata sandi baru minimal 12 karakter." }],
      ["siasn-demo", "siasn-demo", { kataSandiBaru: "Kata sandi demo tidak boleh dipakai." }],
      ["Sandi-Baru-2026-ok", "Sandi-Baru-2026-OK", { konfirmasi: "Konfirmasi tidak sama dengan kata sandi baru." }],
      ["sandi-lama-yang-panjang", "sandi-lama-yang-panjang", { kataSandiBaru: "Kata sandi baru harus berbeda dari kata sandi saat ini." }],
    ];
    for (const [baru, konfirmasi, expected] of cases) {
      const err = await changeOwnPassword(db(), u, { kataSandiLama: "sandi-lama-yang-panjang", kataSandiBaru: baru, konfirmasi }).catch((e) => e);
      expect(issuesOf(err)).toEqual(expected);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash).toBe(before);
  });

  it("refuses the username in any case", async () => {
    const admin = await makeUser("ADMIN");
    const { user, temporaryPassword } = await createUser(db(), admin, { username: "verifikator.panjang", nama: "Verifikator", role: "VERIFIKATOR", instansiId: null });
    const actor = { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: null };
    const err = await changeOwnPassword(db(), actor, { kataSandiLama: temporaryPassword, kataSandiBaru: "Verifikator.Panjang", konfirmasi: "Verifikator.Panjang" }).catch((e) => e);
    expect(issuesOf(err)).toEqual({ kataSandiBaru: "Kata sandi baru tidak boleh sama dengan nama pengguna." });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("refuses the change when an admin reset the password between the check and the write", async () => {
    const admin = await makeUser("ADMIN");
    const u = await makeUser("VERIFIKATOR", null, "sandi-awal-panjang-1");
    const versi = (await db().user.findUniqueOrThrow({ where: { id: u.id } })).updatedAt.toISOString();
    // Simulate the interleaving: the user's request read the old hash; the admin's reset commits first.
    const realFind = db().user.findUnique.bind(db().user);
    let resetDone = false;
    const spyDb = new Proxy(db(), {
      get(target, prop) {
        if (prop !== "user") return Reflect.get(target, prop);
        return new Proxy(target.user, {
          get(t, p) {
            if (p !== "findUnique") return Reflect.get(t, p);
            return async (args: Parameters<typeof realFind>[0]) => {
              const row = await realFind(args);
              if (!resetDone) {
                resetDone = true;
                await resetUserPassword(db(), admin, { userId: u.id, versi });
              }
              return row;
            };
          },
        });
      },
    });
    await expect(changeOwnPassword(spyDb, u, { kataSandiLama: "sandi-awal-panjang-1", kataSandiBaru: "sandi-baru-panjang-2", konfirmasi: "sandi-baru-panjang-2" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Kata sandi Anda baru saja diubah di tempat lain. Masuk kembali, lalu ulangi.",
    });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.mustChangePassword).toBe(true);
    expect(await verifyPassword("sandi-baru-panjang-2", row.passwordHash)).toBe(false);
  });
});
