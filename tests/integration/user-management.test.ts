import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/services/users/create-user";
import { resetUserPassword } from "@/lib/services/users/reset-password";
import { setUserActive } from "@/lib/services/users/set-user-active";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { listUsers } from "@/lib/data/users";
import { makeInstansi, makeUser } from "../factories";

async function sessionsFor(userId: number, n = 2) {
  for (let i = 0; i < n; i++) await db().userSession.create({ data: { id: crypto.randomUUID(), userId } });
}
const sessionCount = (userId: number) => db().userSession.count({ where: { userId } });
const versiOf = async (userId: number) => (await db().user.findUniqueOrThrow({ where: { id: userId } })).updatedAt.toISOString();
const issuesOf = (e: { issues: { path: (string | number)[]; message: string }[] }) =>
  Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message]));

describe("creating users", () => {
  it("lets ADMIN create several operators for one instansi, each with a one-time temporary password", async () => {
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi({ nama: "Pemerintah Kota Uji" });
    const a = await createUser(db(), admin, { username: " Operator.Uji1 ", nama: "Operator Satu", role: "OPERATOR", instansiId: inst.id });
    const b = await createUser(db(), admin, { username: "operator.uji2", nama: "Operator Dua", role: "OPERATOR", instansiId: inst.id });
    expect(a.user).toMatchObject({ username: "operator.uji1", role: "OPERATOR", instansiId: inst.id, aktif: true, mustChangePassword: true });
    expect(a.temporaryPassword).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
    const stored = await db().user.findUniqueOrThrow({ where: { id: a.user.id } });
    expect(stored.passwordHash).not.toContain(a.temporaryPassword);
    expect(await verifyPassword(a.temporaryPassword, stored.passwordHash)).toBe(true);
    expect(await db().user.count({ where: { instansiId: inst.id, role: "OPERATOR" } })).toBe(2);

    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(a.user.id), action: "CREATE" } });
    expect(audit).toMatchObject({ userId: admin.id, instansiId: inst.id });
    expect(audit.after).toEqual({ username: "operator.uji1", nama: "Operator Satu", role: "OPERATOR", instansiId: inst.id, kataSandiSementara: true });
    expect(JSON.stringify(audit)).not.toContain(a.temporaryPassword);
    expect(JSON.stringify(audit)).not.toContain(stored.passwordHash);
  });

  it("creates verifikator, pimpinan and admin without an instansi", async () => {
    const admin = await makeUser("ADMIN");
    for (const role of ["VERIFIKATOR", "PIMPINAN", "ADMIN"] as const) {
      const { user } = await createUser(db(), admin, { username: `baru.${role.toLowerCase()}`, nama: `Pengguna ${role}`, role, instansiId: null });
      expect(user).toMatchObject({ role, instansiId: null, mustChangePassword: true });
    }
  });

  it("refuses a duplicate username with a clear message and stores nothing", async () => {
    const admin = await makeUser("ADMIN");
    await createUser(db(), admin, { username: "ganda", nama: "Pertama", role: "PIMPINAN", instansiId: null });
    const err = await createUser(db(), admin, { username: "GANDA", nama: "Kedua", role: "PIMPINAN", instansiId: null }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT", message: 'Nama pengguna "ganda" sudah dipakai. Pilih nama pengguna lain.', fieldErrors: { username: ["Nama pengguna sudah dipakai."] } });
    expect(await db().user.count({ where: { username: "ganda" } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "User", action: "CREATE", after: { path: ["nama"], equals: "Kedua" } } })).toBe(0);
  });

  it("answers two simultaneous creations of one username with one user and one CONFLICT", async () => {
    const admin = await makeUser("ADMIN");
    const input = { username: "balapan", nama: "Balapan", role: "VERIFIKATOR", instansiId: null };
    const results = await Promise.allSettled([createUser(db(), admin, input), createUser(db(), admin, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: 'Nama pengguna "balapan" sudah dipakai. Pilih nama pengguna lain.' });
    expect(await db().user.count({ where: { username: "balapan" } })).toBe(1);
  });

  it("refuses bad input with Indonesian messages per field", async () => {
    const admin = await makeUser("ADMIN");
    const before = await db().user.count();
    const e1 = await createUser(db(), admin, { username: "ab", nama: "X", role: "OPERATOR", instansiId: null }).catch((e) => e);
    expect(issuesOf(e1)).toEqual({
      username: "Nama pengguna minimal 3 karakter.",
      nama: "Nama lengkap minimal 3 karakter.",
      instansiId: "Operator harus terikat pada satu instansi.",
    });
    const inst = await makeInstansi();
    const e2 = await createUser(db(), admin, { username: "nama spasi!", nama: "Verifikator Baru", role: "VERIFIKATOR", instansiId: inst.id }).catch((e) => e);
    expect(issuesOf(e2)).toEqual({
      username: "Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung.",
      instansiId: "Hanya operator yang terikat pada instansi; kosongkan instansi untuk peran ini.",
    });
    const e3 = await createUser(db(), admin, { username: "x".repeat(65), nama: "Nama", role: "SUPERUSER", instansiId: null }).catch((e) => e);
    expect(issuesOf(e3)).toEqual({ username: "Nama pengguna paling panjang 64 karakter.", role: "Pilih peran yang tersedia." });
    const e4 = await createUser(db(), admin, { username: "op.hilang", nama: "Operator Hilang", role: "OPERATOR", instansiId: 999_999 }).catch((e) => e);
    expect(e4).toMatchObject({ code: "INVALID", message: "Instansi tidak ditemukan." });
    expect(await db().user.count()).toBe(before);
  });

  it("refuses every role but ADMIN", async () => {
    const inst = await makeInstansi();
    for (const role of ["OPERATOR", "VERIFIKATOR", "PIMPINAN"] as const) {
      const u = await makeUser(role, role === "OPERATOR" ? inst.id : null);
      await expect(createUser(db(), u, { username: `dari.${role.toLowerCase()}`, nama: "Tidak Boleh", role: "ADMIN", instansiId: null })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Hanya administrator yang dapat mengelola pengguna.",
      });
      await expect(listUsers(db(), u)).resolves.toEqual([]);
    }
    expect(await db().user.count({ where: { nama: "Tidak Boleh" } })).toBe(0);
  });
});

describe("resetting a password", () => {
  it("sets a new temporary password, forces a change, ends only that user's sessions, and audits without the password", async () => {
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi();
    const target = await makeUser("OPERATOR", inst.id);
    const other = await makeUser("OPERATOR", inst.id);
    await sessionsFor(target.id, 3);
    await sessionsFor(other.id, 1);
    const r = await resetUserPassword(db(), admin, { userId: target.id, versi: await versiOf(target.id) });
    expect(r).toMatchObject({ id: target.id, sesiDiakhiri: 3 });
    const row = await db().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ mustChangePassword: true, passwordChangedAt: null });
    expect(await verifyPassword(r.temporaryPassword, row.passwordHash)).toBe(true);
    expect(await verifyPassword(target.password, row.passwordHash)).toBe(false);
    expect(await sessionCount(target.id)).toBe(0);
    expect(await sessionCount(other.id)).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(target.id), action: "RESET_KATA_SANDI" } });
    expect(audit).toMatchObject({ userId: admin.id, instansiId: inst.id, after: { sesiDiakhiri: 3 } });
    expect(JSON.stringify(audit)).not.toContain(r.temporaryPassword);
  });

  it("refuses a stale version (another admin changed the account) and changes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("PIMPINAN");
    const stale = await versiOf(target.id);
    await sessionsFor(target.id, 1);
    await setUserActive(db(), admin, { userId: target.id, aktif: false, versi: stale });
    const hash = (await db().user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash;
    await expect(resetUserPassword(db(), admin, { userId: target.id, versi: stale })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Data pengguna ini sudah diubah oleh admin lain sejak Anda membukanya. Muat ulang, lalu ulangi.",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash).toBe(hash);
    await expect(resetUserPassword(db(), admin, { userId: admin.id, versi: await versiOf(admin.id) })).rejects.toMatchObject({
      code: "INVALID",
      message: "Untuk akun Anda sendiri, gunakan menu Ubah Kata Sandi.",
    });
  });
});

describe("deactivating and reactivating", () => {
  it("deactivates a user, ending their sessions, and reactivates them; both audited", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("VERIFIKATOR");
    const other = await makeUser("VERIFIKATOR");
    await sessionsFor(target.id, 2);
    await sessionsFor(other.id, 2);
    const off = await setUserActive(db(), admin, { userId: target.id, aktif: false, versi: await versiOf(target.id) });
    expect(off).toMatchObject({ aktif: false, sesiDiakhiri: 2 });
    expect(await sessionCount(target.id)).toBe(0);
    expect(await sessionCount(other.id)).toBe(2);
    await expect(setUserActive(db(), admin, { userId: target.id, aktif: false, versi: off.versi })).rejects.toMatchObject({ code: "INVALID", message: "Pengguna ini sudah nonaktif." });
    const on = await setUserActive(db(), admin, { userId: target.id, aktif: true, versi: off.versi });
    expect(on).toMatchObject({ aktif: true, sesiDiakhiri: 0 });
    const actions = await db().auditLog.findMany({ where: { entity: "User", entityId: String(target.id) }, orderBy: { id: "asc" }, select: { action: true, before: true, after: true } });
    expect(actions).toEqual([
      { action: "NONAKTIFKAN", before: { aktif: true }, after: { aktif: false, sesiDiakhiri: 2 } },
      { action: "AKTIFKAN", before: { aktif: false }, after: { aktif: true, sesiDiakhiri: 0 } },
    ]);
  });

  it("never lets an admin deactivate themselves or the last active admin", async () => {
    const admin = await makeUser("ADMIN");
    await db().user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { aktif: false } });
    await expect(setUserActive(db(), admin, { userId: admin.id, aktif: false, versi: await versiOf(admin.id) })).rejects.toMatchObject({
      code: "INVALID",
      message: "Anda tidak dapat menonaktifkan akun Anda sendiri.",
    });
    // A second admin, then the first is deactivated by them: allowed while another admin stays.
    const second = await makeUser("ADMIN");
    await setUserActive(db(), second, { userId: admin.id, aktif: false, versi: await versiOf(admin.id) });
    const third = await makeUser("ADMIN");
    await setUserActive(db(), third, { userId: second.id, aktif: false, versi: await versiOf(second.id) });
    expect(await db().user.count({ where: { role: "ADMIN", aktif: true } })).toBe(1);
    // `third` is the only active admin left. (`admin` is inactive: getActor refuses them in the app; here the
    // call isolates the count rule.)
    await expect(setUserActive(db(), admin, { userId: third.id, aktif: false, versi: await versiOf(third.id) })).rejects.toMatchObject({
      code: "INVALID",
      message: "Ini administrator aktif terakhir: tambahkan atau aktifkan administrator lain terlebih dahulu.",
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({ aktif: true });
  });

  it("keeps one admin when two admins deactivate each other at the same moment", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { aktif: false } });
    const [a, b] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const results = await Promise.allSettled([
      setUserActive(db(), a, { userId: b.id, aktif: false, versi: await versiOf(b.id) }),
      setUserActive(db(), b, { userId: a.id, aktif: false, versi: await versiOf(a.id) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      message: "Ini administrator aktif terakhir: tambahkan atau aktifkan administrator lain terlebih dahulu.",
    });
    expect(await db().user.count({ where: { role: "ADMIN", aktif: true } })).toBe(1);
  });
});

describe("changing role or instansi", () => {
  it("moves an operator to another instansi and makes a verifikator an operator, ending their sessions", async () => {
    const admin = await makeUser("ADMIN");
    const [i1, i2] = [await makeInstansi(), await makeInstansi()];
    const op = await makeUser("OPERATOR", i1.id);
    const ver = await makeUser("VERIFIKATOR");
    const bystander = await makeUser("OPERATOR", i1.id);
    await sessionsFor(op.id, 2);
    await sessionsFor(ver.id, 1);
    await sessionsFor(bystander.id, 1);
    const moved = await changeUserRole(db(), admin, { userId: op.id, role: "OPERATOR", instansiId: i2.id, versi: await versiOf(op.id) });
    expect(moved).toMatchObject({ role: "OPERATOR", instansiId: i2.id, sesiDiakhiri: 2 });
    await changeUserRole(db(), admin, { userId: ver.id, role: "OPERATOR", instansiId: i1.id, versi: await versiOf(ver.id) });
    expect(await db().user.findUniqueOrThrow({ where: { id: ver.id } })).toMatchObject({ role: "OPERATOR", instansiId: i1.id });
    expect([await sessionCount(op.id), await sessionCount(ver.id), await sessionCount(bystander.id)]).toEqual([0, 0, 1]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(op.id), action: "UBAH_PERAN" } });
    expect(audit).toMatchObject({ userId: admin.id, instansiId: i2.id, before: { role: "OPERATOR", instansiId: i1.id }, after: { role: "OPERATOR", instansiId: i2.id, sesiDiakhiri: 2 } });
  });

  it("refuses an operator without instansi, a national role with one, no change, self-change and the last admin's demotion", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { aktif: false } });
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi();
    const op = await makeUser("OPERATOR", inst.id);
    const v = await versiOf(op.id);
    const e1 = await changeUserRole(db(), admin, { userId: op.id, role: "OPERATOR", instansiId: null, versi: v }).catch((e) => e);
    expect(issuesOf(e1)).toEqual({ instansiId: "Operator harus terikat pada satu instansi." });
    const e2 = await changeUserRole(db(), admin, { userId: op.id, role: "PIMPINAN", instansiId: inst.id, versi: v }).catch((e) => e);
    expect(issuesOf(e2)).toEqual({ instansiId: "Hanya operator yang terikat pada instansi; kosongkan instansi untuk peran ini." });
    await expect(changeUserRole(db(), admin, { userId: op.id, role: "OPERATOR", instansiId: inst.id, versi: v })).rejects.toMatchObject({ code: "INVALID", message: "Peran dan instansi tidak berubah." });
    await expect(changeUserRole(db(), admin, { userId: admin.id, role: "PIMPINAN", instansiId: null, versi: await versiOf(admin.id) })).rejects.toMatchObject({
      code: "INVALID",
      message: "Anda tidak dapat mengubah peran atau instansi akun Anda sendiri.",
    });
    // Only `admin` is active; an inactive admin (forged request) cannot demote them either.
    const inactiveAdmin = (await db().user.findFirstOrThrow({ where: { role: "ADMIN", aktif: false } }));
    const asInactive = { id: inactiveAdmin.id, username: inactiveAdmin.username, nama: inactiveAdmin.nama, role: inactiveAdmin.role, instansiId: null };
    await expect(changeUserRole(db(), asInactive, { userId: admin.id, role: "VERIFIKATOR", instansiId: null, versi: await versiOf(admin.id) })).rejects.toMatchObject({
      message: "Ini administrator aktif terakhir: tambahkan atau aktifkan administrator lain terlebih dahulu.",
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: op.id } })).toMatchObject({ role: "OPERATOR", instansiId: inst.id });
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", aktif: true });
  });
});

describe("the Pengguna list", () => {
  it("lists accounts with instansi name, status and session count, never a hash", async () => {
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi({ nama: "Pemerintah Kota Daftar" });
    const op = await makeUser("OPERATOR", inst.id);
    await sessionsFor(op.id, 2);
    const rows = await listUsers(db(), admin);
    const row = rows.find((r) => r.id === op.id)!;
    expect(row).toEqual({
      id: op.id,
      username: op.username,
      nama: op.nama,
      role: "OPERATOR",
      instansiId: inst.id,
      instansiNama: "Pemerintah Kota Daftar",
      aktif: true,
      mustChangePassword: false,
      versi: await versiOf(op.id),
      sesiAktif: 2,
    });
    expect(JSON.stringify(rows)).not.toContain("$2");
  });
});
