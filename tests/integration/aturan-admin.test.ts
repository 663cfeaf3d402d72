import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAturan } from "@/lib/services/aturan/create-aturan";
import { recomputeKebutuhanAbk } from "@/lib/services/abk/recompute-kebutuhan-abk";
import { verifyRekap } from "@/lib/services/rekap/recompute-rekap";
import { DEFAULT_RULE_SET } from "@/lib/domain/abk";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";

const valid = (versi: string, berlakuMulai: string, wkeMenit: number) => ({
  versi,
  berlakuMulai,
  wkeMenit,
  pembulatan: "KE_ATAS" as const,
  faktorPeriode: DEFAULT_RULE_SET.faktorPeriode,
  bandEJ: DEFAULT_RULE_SET.bandEJ.map((b) => ({ ...b, min: Number(b.min) })),
  sumber: "Uji aturan perhitungan",
});

describe("rule sets are data that ADMIN versions", () => {
  it("lets ADMIN add a version, audited, and refuses a duplicate or a non-admin", async () => {
    const admin = await makeUser("ADMIN");
    const row = await createAturan(db(), admin, valid("UJI-2019", "2019-01-01", 72000));
    expect(row.wkeMenit).toBe(72000);
    const audit = await db().auditLog.findFirst({ where: { entity: "AturanPerhitungan", entityId: String(row.id) } });
    expect(audit).toMatchObject({ userId: admin.id, action: "CREATE" });
    await expect(createAturan(db(), admin, valid("UJI-2019", "2019-01-01", 72000))).rejects.toMatchObject({ code: "CONFLICT" });
    for (const role of ["OPERATOR", "VERIFIKATOR", "PIMPINAN"] as const) {
      const u = await makeUser(role, role === "OPERATOR" ? (await makeInstansi()).id : null);
      await expect(createAturan(db(), u, valid(`UJI-${role}`, "2019-01-01", 72000))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().aturanPerhitungan.count()).toBe(1);
  });

  it("lets one of two concurrent identical versions in and refuses the other with the version message", async () => {
    const [a, b] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const results = await Promise.allSettled([createAturan(db(), a, valid("UJI-BALAP", "2019-06-01", 72000)), createAturan(db(), b, valid("UJI-BALAP", "2019-06-01", 72000))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toMatchObject({
      code: "CONFLICT",
      message: "Versi aturan UJI-BALAP sudah ada. Aturan tidak diubah di tempat: buat versi baru.",
      fieldErrors: { versi: ["Versi sudah dipakai."] },
    });
    expect(await db().aturanPerhitungan.count({ where: { versi: "UJI-BALAP" } })).toBe(1);
  });

  it("turns a unique violation from a writer outside the lock into CONFLICT, not a database error", async () => {
    const admin = await makeUser("ADMIN");
    // Another transaction has inserted the version but not committed: our check sees nothing, our
    // insert waits on the unique index and fails once the other commits.
    let commit!: () => void;
    let inserted!: () => void;
    const isInserted = new Promise<void>((r) => (inserted = r));
    const other = db().$transaction(async (tx) => {
      await tx.aturanPerhitungan.create({ data: { ...valid("UJI-LUAR", "2019-07-01", 72000), berlakuMulai: new Date("2019-07-01") } });
      inserted();
      await new Promise<void>((r) => (commit = r));
    });
    await isInserted;
    const ours = createAturan(db(), admin, valid("UJI-LUAR", "2019-07-01", 75000)).catch((e) => e);
    await new Promise((r) => setTimeout(r, 150));
    commit();
    await other;
    expect(await ours).toMatchObject({ name: "AppError", code: "CONFLICT", message: "Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang, lalu periksa kembali." });
    expect(await db().aturanPerhitungan.findMany({ where: { versi: "UJI-LUAR" }, select: { wkeMenit: true } })).toEqual([{ wkeMenit: 72000 }]);
  });

  it("refuses bad input with Indonesian messages and stores nothing", async () => {
    const admin = await makeUser("ADMIN");
    const bad = { ...valid("uji kecil", "2019-13-01", 0), faktorPeriode: { TAHUN: 1, BULAN: -12, MINGGU: 50, HARI: 250 } };
    const err = await createAturan(db(), admin, bad).catch((e) => e);
    const paths = err.issues.map((i: { path: (string | number)[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["versi", "berlakuMulai", "wkeMenit", "faktorPeriode.BULAN"]));
    expect(err.issues.find((i: { path: string[] }) => i.path[0] === "wkeMenit").message).toBe("WKE harus lebih dari 0 menit.");
    expect(await db().aturanPerhitungan.count({ where: { sumber: "Uji aturan perhitungan", versi: "uji kecil" } })).toBe(0);
  });
});

describe("recomputing ABK kebutuhan under a new rule", () => {
  it("checks its own permission: administrators and the scripts' system actor only", async () => {
    for (const role of ["OPERATOR", "VERIFIKATOR", "PIMPINAN"] as const) {
      const u = await makeUser(role, role === "OPERATOR" ? (await makeInstansi()).id : null);
      await expect(recomputeKebutuhanAbk(db(), u)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Hanya administrator yang dapat menghitung ulang kebutuhan ABK nasional.",
      });
    }
    // Something that merely looks like the system actor is not it.
    const forged = { kind: "system", nama: SYSTEM_ACTOR.nama } as unknown as typeof SYSTEM_ACTOR;
    await expect(recomputeKebutuhanAbk(db(), forged)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { action: "HITUNG_ULANG_ABK" } })).toBe(0);
    const r = await recomputeKebutuhanAbk(db(), SYSTEM_ACTOR, { instansiId: (await makeInstansi()).id });
    expect(r).toEqual({ versiAturan: (await getAturanBerlaku(db())).versi, diperiksa: 0, berubah: 0 });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "HITUNG_ULANG_ABK" } });
    expect(audit).toMatchObject({ userId: null, after: { diperiksa: 0, berubah: 0, pelaku: "Sistem (skrip pemeliharaan)" } });
    await db().auditLog.deleteMany({ where: { action: "HITUNG_ULANG_ABK" } });
  });

  it("updates only ABK cells, records the version, and keeps the recap consistent", async () => {
    await db().aturanPerhitungan.deleteMany(); // start from "no rule stored": the default applies
    const admin = await makeUser("ADMIN");
    const inst = await makeInstansi();
    const unor = await makeUnor(inst.id, null);
    const [jabAbk, jabManual] = [await makeJabatan(), await makeJabatan()];
    // 1,200 jam a year = 72,000 minutes: under WKE 75,000 → 0.96 → 1; under 72,000 → exactly 1.
    // Add 300 minutes: 72,300 → under 75,000 → 0.964 → 1; under 72,000 → 1.004 → 2 (KE_ATAS).
    const abk = await db().petaJabatan.create({ data: { instansiId: inst.id, unorId: unor.id, jabatanId: jabAbk.id, kebutuhan: 9, sumberKebutuhan: "ABK" } });
    await db().infojab.create({
      data: {
        petaJabatanId: abk.id,
        uraianTugas: {
          create: [
            { uraian: "Menyusun laporan", volume: 100, periode: "BULAN", waktu: 1, satuanWaktu: "JAM" }, // 1,200 × 60 = 72,000
            { uraian: "Rapat koordinasi", volume: 5, periode: "TAHUN", waktu: 60, satuanWaktu: "MENIT" }, // 300
          ],
        },
      },
    });
    const manual = await db().petaJabatan.create({ data: { instansiId: inst.id, unorId: unor.id, jabatanId: jabManual.id, kebutuhan: 4, sumberKebutuhan: "MANUAL" } });

    const first = await recomputeKebutuhanAbk(db(), admin, { instansiId: inst.id });
    expect(first).toEqual({ versiAturan: DEFAULT_RULE_SET.versi, diperiksa: 1, berubah: 1 });
    expect(await db().petaJabatan.findUnique({ where: { id: abk.id } })).toMatchObject({ kebutuhan: 1, aturanVersi: DEFAULT_RULE_SET.versi, version: 2 });

    await createAturan(db(), admin, valid("UJI-72000", "2021-01-01", 72000)); // newer than the default's 2020 start
    await db().aturanPerhitungan.create({
      data: { ...valid("PERMENPANRB-1-2020", "2020-01-01", 75000), berlakuMulai: new Date("2020-01-01") },
    });
    const second = await recomputeKebutuhanAbk(db(), admin, { instansiId: inst.id });
    expect(second).toMatchObject({ versiAturan: "UJI-72000", berubah: 1 });
    expect(await db().petaJabatan.findUnique({ where: { id: abk.id } })).toMatchObject({ kebutuhan: 2, aturanVersi: "UJI-72000" });
    expect(await db().petaJabatan.findUnique({ where: { id: manual.id } })).toMatchObject({ kebutuhan: 4, aturanVersi: null, version: 1 });
    const rekap = await db().rekapInstansiJabatan.findUnique({ where: { instansiId_jabatanId: { instansiId: inst.id, jabatanId: jabAbk.id } } });
    expect(rekap?.kebutuhan).toBe(2);
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });
    expect(await db().auditLog.count({ where: { action: "HITUNG_ULANG_ABK" } })).toBe(2);
  });
});
