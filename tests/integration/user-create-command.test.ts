import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { makeInstansi } from "../factories";

const root = path.resolve(import.meta.dirname, "..", "..");

/** `npm run user:create -- …` against this file's database, as an operator of a deployment runs it. */
function userCreate(args: string[], password?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password === undefined) delete env.SIASN_PASSWORD;
  else env.SIASN_PASSWORD = password;
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/user-create.ts", ...args], { cwd: root, env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run user:create", () => {
  it("creates the first admin of an empty database with a generated password printed once", async () => {
    expect(await db().user.count()).toBe(0);
    const r = await userCreate(["--username", "admin2", "--role", "ADMIN", "--nama", "Admin Kedua"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const shown = /Kata sandi sementara \(hanya ditampilkan sekali\): (\S+)/.exec(r.stdout)?.[1];
    expect(shown).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    expect(r.stdout.split(shown!).length).toBe(2); // printed exactly once
    const user = await db().user.findUniqueOrThrow({ where: { username: "admin2" } });
    expect(user).toMatchObject({ nama: "Admin Kedua", role: "ADMIN", instansiId: null, aktif: true, mustChangePassword: true });
    expect(await verifyPassword(shown!, user.passwordHash)).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "User", entityId: String(user.id) } });
    expect(audit).toMatchObject({ userId: null, action: "CREATE", after: { username: "admin2", role: "ADMIN", kataSandiSementara: true } });

    const again = await userCreate(["--username", "ADMIN2", "--role", "PIMPINAN"]);
    expect({ code: again.code, stderr: again.stderr.trim() }).toEqual({ code: 1, stderr: 'Nama pengguna "admin2" sudah dipakai. Pilih nama pengguna lain.' });
    expect(await db().user.findUniqueOrThrow({ where: { username: "admin2" } })).toMatchObject({ role: "ADMIN", passwordHash: user.passwordHash });
  }, 120_000);

  it("takes the password from SIASN_PASSWORD without printing it, and binds an operator to an instansi", async () => {
    const inst = await makeInstansi();
    const r = await userCreate(["--username", "operator.cli", "--role", "operator", "--instansi", String(inst.id)], "sandi-dari-lingkungan-2026");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("sandi-dari-lingkungan-2026");
    expect(r.stdout).toContain("Kata sandi diambil dari SIASN_PASSWORD.");
    const user = await db().user.findUniqueOrThrow({ where: { username: "operator.cli" } });
    expect(user).toMatchObject({ role: "OPERATOR", instansiId: inst.id, nama: "operator.cli", mustChangePassword: false });
    expect(user.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword("sandi-dari-lingkungan-2026", user.passwordHash)).toBe(true);
  }, 120_000);

  it("refuses a weak SIASN_PASSWORD, an operator without instansi and an unknown role, creating nothing", async () => {
    const before = await db().user.count();
    const weak = await userCreate(["--username", "admin3", "--role", "ADMIN"], "siasn-demo");
    expect([weak.code, weak.stderr.trim()]).toEqual([1, "SIASN_PASSWORD ditolak: Kata sandi demo tidak boleh dipakai."]);
    const noInst = await userCreate(["--username", "op.tanpa", "--role", "OPERATOR"]);
    expect([noInst.code, noInst.stderr.trim()]).toEqual([1, "Data pengguna tidak valid:\n- instansiId: Operator harus terikat pada satu instansi."]);
    const badRole = await userCreate(["--username", "x", "--role", "ROOT"]);
    expect([badRole.code, badRole.stderr.trim()]).toEqual([1, "Data pengguna tidak valid:\n- username: Nama pengguna minimal 3 karakter.\n- nama: Nama lengkap minimal 3 karakter.\n- role: Pilih peran yang tersedia."]);
    expect(await db().user.count()).toBe(before);
  }, 120_000);
});
