import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import {
  STANDAR_PUSKESMAS_75_2014,
  STANDAR_SEKOLAH_47_2023,
  VERSI_STANDAR_PUSKESMAS,
  VERSI_STANDAR_SEKOLAH,
} from "@/lib/domain/standar";
import { importUnorPembina } from "@/lib/services/pembina/import-unor-pembina";
import { importJabatanStandar } from "@/lib/services/pembina/import-jabatan-standar";
import { createStandar } from "@/lib/services/pembina/create-standar";
import { listReferensiPilihan } from "@/lib/data/pembina";
import { getUnorEditorData } from "@/lib/data/unor";
import { getPetaJabatan, packPetaJabatan } from "@/lib/data/peta-jabatan";
import { packEditorData, unpackEditorData } from "@/lib/domain/tree/editor-tree";
import { unpackCells } from "@/lib/domain/peta-jabatan/tabel";
import { makeInstansi, makeUnor, makeUser } from "../factories";

let inst: { id: number };
let other: { id: number };
let op: Actor;
let opOther: Actor;
let verifikator: Actor;
let admin: Actor;
let disdik: { id: number };
let dinkes: { id: number };
let sekretariat: { id: number };
const ref: Record<string, number> = {};

const json = (v: unknown) => JSON.parse(JSON.stringify(v));

/** Σ K of the instansi as the recap (kept by trigger) has it: the one definition of K. */
async function rekapK(instansiId: number) {
  const r = await db().rekapInstansiJabatan.aggregate({ where: { instansiId }, _sum: { kebutuhan: true } });
  return r._sum.kebutuhan ?? 0;
}

async function cellsOf(nama: string) {
  const u = await db().unor.findFirstOrThrow({ where: { instansiId: inst.id, nama } });
  const cells = await db().petaJabatan.findMany({ where: { unorId: u.id }, select: { kebutuhan: true, sumberKebutuhan: true, aturanVersi: true, jabatan: { select: { kode: true } } } });
  return Object.fromEntries(cells.map((c) => [c.jabatan.kode, c]));
}

beforeAll(async () => {
  inst = await makeInstansi({ nama: "Kota Uji Pembina" });
  other = await makeInstansi({ nama: "Kota Tetangga" });
  op = await makeUser("OPERATOR", inst.id);
  opOther = await makeUser("OPERATOR", other.id);
  verifikator = await makeUser("VERIFIKATOR");
  admin = await makeUser("ADMIN");
  const root = await makeUnor(inst.id, null, "Pemerintah Kota Uji");
  disdik = await makeUnor(inst.id, root.id, "Dinas Pendidikan");
  dinkes = await makeUnor(inst.id, root.id, "Dinas Kesehatan");
  sekretariat = await makeUnor(inst.id, root.id, "Sekretariat Daerah");

  const kodes = new Set([
    ...Object.values(STANDAR_SEKOLAH_47_2023.jenjang).flatMap((j) => j.baris.map((b) => b.kodeJabatan)),
    ...STANDAR_PUSKESMAS_75_2014.baris.map((b) => b.kodeJabatan),
  ]);
  await db().jabatan.createMany({ data: [...kodes].map((kode) => ({ kode, nama: `Jabatan ${kode}`, jenis: kode.startsWith("P-") ? ("PELAKSANA" as const) : ("FUNGSIONAL" as const), kelas: 8, bup: 58 })) });
  await db().jabatan.createMany({
    data: [
      { kode: "S-KAPUSKESMAS", nama: "Kepala Puskesmas", jenis: "STRUKTURAL", jenjang: "PENGAWAS", kelas: 9, bup: 58 },
      { kode: "S-DIR-RSUD", nama: "Direktur RSUD", jenis: "STRUKTURAL", jenjang: "ADMINISTRATOR", kelas: 12, bup: 58 },
    ],
  });
  await db().standarPembina.createMany({
    data: [
      { versi: VERSI_STANDAR_SEKOLAH, jenis: "SEKOLAH", berlakuMulai: new Date("2024-01-01"), aturan: json(STANDAR_SEKOLAH_47_2023), sumber: "Permendikbudristek 47/2023" },
      { versi: VERSI_STANDAR_PUSKESMAS, jenis: "PUSKESMAS", berlakuMulai: new Date("2015-01-01"), aturan: json(STANDAR_PUSKESMAS_75_2014), sumber: "Permenkes 75/2014" },
    ],
  });
  const sekolah = [
    // SD max 28: rombel 2 + 3 + 1 + 2 + 0 + 3 = 11.
    { npsn: "10000001", nama: "SD Negeri Uji 1", jenjang: "SD" as const, instansiId: inst.id, siswaPerTingkat: [56, 60, 28, 29, 0, 84] },
    // SMP max 32: rombel 3 + 4 + 2 = 9.
    { npsn: "10000002", nama: "SMP Negeri Uji 1", jenjang: "SMP" as const, instansiId: inst.id, siswaPerTingkat: [96, 100, 64] },
    { npsn: "10000003", nama: "SD Negeri Uji 2", jenjang: "SD" as const, instansiId: inst.id, siswaPerTingkat: [20, 20, 20, 20, 20, 20] },
    { npsn: "20000001", nama: "SD Negeri Tetangga 1", jenjang: "SD" as const, instansiId: other.id, siswaPerTingkat: [20, 20, 20, 20, 20, 20] },
  ];
  for (const s of sekolah) ref[s.npsn] = (await db().referensiSekolah.create({ data: s })).id;
  const faskes = [
    { kode: "PKM0001", nama: "Puskesmas Uji Kota", jenis: "PUSKESMAS_NON_RAWAT_INAP" as const, wilayah: "PERKOTAAN" as const, instansiId: inst.id },
    { kode: "PKM0002", nama: "Puskesmas Uji Rawat Inap", jenis: "PUSKESMAS_RAWAT_INAP" as const, wilayah: "PERKOTAAN" as const, instansiId: inst.id },
    { kode: "RS00001", nama: "RSUD Uji", jenis: "RUMAH_SAKIT" as const, kelasRs: "C", instansiId: inst.id },
  ];
  for (const f of faskes) ref[f.kode] = (await db().referensiFaskes.create({ data: f })).id;
});

describe("Import Unor Pembina", () => {
  it("creates the picked schools as SEKOLAH units keyed by NPSN, in one audited transaction", async () => {
    const r = await importUnorPembina(db(), op, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["10000001"], ref["10000002"]] });
    expect(r.dibuat.map((u) => [u.nama, u.kode])).toEqual([
      ["SD Negeri Uji 1", "10000001"],
      ["SMP Negeri Uji 1", "10000002"],
    ]);
    const units = await db().unor.findMany({ where: { parentId: disdik.id }, orderBy: { nama: "asc" }, select: { nama: true, jenis: true, kodePembina: true, path: true, eselon: true } });
    expect(units.map((u) => [u.nama, u.jenis, u.kodePembina, u.eselon])).toEqual([
      ["SD Negeri Uji 1", "SEKOLAH", "10000001", null],
      ["SMP Negeri Uji 1", "SEKOLAH", "10000002", null],
    ]);
    expect(units[0].path.slice(0, -1)).toEqual([...(await db().unor.findUniqueOrThrow({ where: { id: disdik.id } })).path]);
    const audit = await db().auditLog.findMany({ where: { action: "IMPORT_UNOR_PEMBINA", entityId: String(disdik.id) } });
    expect(audit).toHaveLength(1);
    expect((audit[0].after as { jumlah: number }).jumlah).toBe(2);
    // The picker now marks them as already in the tree, with the standard's figures: SD 11 rombel → 14, SMP 9 rombel → 12.
    const pilihan = await listReferensiPilihan(op, disdik.id, { q: "" });
    expect(pilihan!.rows.map((p) => [p.kode, p.rombel, p.kebutuhanStandar, p.sudahAda])).toEqual([
      ["10000001", 11, 14, true],
      ["10000003", 6, 9, false],
      ["10000002", 9, 12, true],
    ]);
  });

  it("never creates the same school twice: the whole import is refused and nothing is added", async () => {
    const before = await db().unor.count({ where: { instansiId: inst.id } });
    await expect(importUnorPembina(db(), op, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["10000003"], ref["10000001"]] })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("SD Negeri Uji 1 (10000001)"),
    });
    expect(await db().unor.count({ where: { instansiId: inst.id } })).toBe(before);
  });

  it("refuses another instansi's reference entry (all or nothing) and records the attempt", async () => {
    const before = await db().unor.count({ where: { instansiId: inst.id } });
    await expect(importUnorPembina(db(), op, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["10000003"], ref["20000001"]] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().unor.count({ where: { instansiId: inst.id } })).toBe(before);
    expect(await db().auditLog.count({ where: { action: "AKSES_DITOLAK", entity: "Referensi", entityId: "20000001" } })).toBe(1);
    // Another instansi's operator cannot import into this tree, and a verifikator reads only.
    await expect(importUnorPembina(db(), opOther, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["20000001"]] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importUnorPembina(db(), verifikator, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["10000003"]] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().unor.count({ where: { instansiId: inst.id } })).toBe(before);
  });

  it("two operators importing the same school at once: one unit, one clear CONFLICT", async () => {
    const id = (await db().referensiSekolah.create({ data: { npsn: "10000009", nama: "SD Negeri Uji Balapan", jenjang: "SD", instansiId: inst.id, siswaPerTingkat: [1, 1, 1, 1, 1, 1] } })).id;
    const op2 = await makeUser("OPERATOR", inst.id);
    const results = await Promise.allSettled([
      importUnorPembina(db(), op, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [id] }),
      importUnorPembina(db(), op2, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [id] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().unor.count({ where: { instansiId: inst.id, kodePembina: "10000009" } })).toBe(1);
    // The database itself refuses a second unit with the same code in the instansi.
    await expect(db().unor.create({ data: { instansiId: inst.id, parentId: disdik.id, nama: "Salinan", kodePembina: "10000009" } })).rejects.toThrow();
    await db().unor.deleteMany({ where: { kodePembina: "10000009" } });
  });

  it("imports schools only under Dinas Pendidikan and faskes only under Dinas Kesehatan", async () => {
    await expect(importUnorPembina(db(), op, { parentId: dinkes.id, jenis: "SEKOLAH", referensiIds: [ref["10000003"]] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(importUnorPembina(db(), op, { parentId: sekretariat.id, jenis: "FASKES", referensiIds: [ref.PKM0001] })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("Import Jabatan Guru", () => {
  it("places the standard jabatan with K from the standard (STANDAR_PEMBINA, its version), K in the recap", async () => {
    const k0 = await rekapK(inst.id);
    const r = await importJabatanStandar(db(), op, { unorId: disdik.id, jenis: "SEKOLAH" });
    // SD: guru kelas 11, agama 1, PJOK 1, kepala 1 = 4 cells; SMP: 10 mapel + kepala = 11 cells.
    expect(r).toMatchObject({ versi: VERSI_STANDAR_SEKOLAH, unor: 2, ditempatkan: 15, diperbarui: 0, tetap: 0 });
    const sd = await cellsOf("SD Negeri Uji 1");
    expect(Object.fromEntries(Object.entries(sd).map(([k, c]) => [k, c.kebutuhan]))).toEqual({ "F-GURU-KELAS-AP": 11, "F-GURU-PAI-AP": 1, "F-GURU-PJOK-AP": 1, "F-GURU-KS-AD": 1 });
    expect(sd["F-GURU-KELAS-AP"]).toMatchObject({ sumberKebutuhan: "STANDAR_PEMBINA", aturanVersi: VERSI_STANDAR_SEKOLAH });
    const smp = await cellsOf("SMP Negeri Uji 1");
    // 9 rombel: bahasa Indonesia 9 × 6 = 54 JP ÷ 24 → 2; matematika 45 → 1; prakarya 18 → 1 (below 1 → 1).
    expect(smp["F-GURU-BIND-AP"].kebutuhan).toBe(2);
    expect(smp["F-GURU-MAT-AP"].kebutuhan).toBe(1);
    expect(smp["F-GURU-PRAKARYA-AP"].kebutuhan).toBe(1);
    // 14 (SD) + 12 (SMP) = 26 more in the instansi's recap.
    expect((await rekapK(inst.id)) - k0).toBe(26);
    // The tree and the Peta Jabatan table say the K is by standard, and which version.
    const sdUnit = await db().unor.findFirstOrThrow({ where: { instansiId: inst.id, nama: "SD Negeri Uji 1" } });
    const guruKelas = await db().petaJabatan.findFirstOrThrow({ where: { unorId: sdUnit.id, jabatan: { kode: "F-GURU-KELAS-AP" } } });
    const editor = (await getUnorEditorData(op, inst.id, { includeInactive: false }))!;
    const tree = unpackEditorData(packEditorData(editor.units, editor.cells));
    expect(tree.cells.find((c) => c.id === guruKelas.id)).toMatchObject({ kebutuhan: 11, sumber: "STANDAR_PEMBINA", aturanVersi: VERSI_STANDAR_SEKOLAH });
    const tabel = unpackCells(packPetaJabatan((await getPetaJabatan(op, inst.id))!));
    expect(tabel.find((c) => c.id === guruKelas.id)).toMatchObject({ kebutuhan: 11, sumber: "STANDAR_PEMBINA", aturanVersi: VERSI_STANDAR_SEKOLAH });
  });

  it("run again: nothing changes; under a new standard version the changed figures and the version follow", async () => {
    expect(await importJabatanStandar(db(), op, { unorId: disdik.id, jenis: "SEKOLAH" })).toMatchObject({ ditempatkan: 0, diperbarui: 0, tetap: 15 });
    const v2 = structuredClone(STANDAR_SEKOLAH_47_2023);
    v2.jenjang.SD.maxRombel = 32; // SD rombel: 2 + 2 + 1 + 1 + 0 + 3 = 9
    await expect(createStandar(db(), op, { jenis: "SEKOLAH", versi: "SEKOLAH-UJI-2", berlakuMulai: "2025-01-01", sumber: "Versi uji", aturan: JSON.stringify(v2) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await createStandar(db(), admin, { jenis: "SEKOLAH", versi: "SEKOLAH-UJI-2", berlakuMulai: "2025-01-01", sumber: "Versi uji rombel SD 32", aturan: JSON.stringify(v2) });
    await expect(createStandar(db(), admin, { jenis: "SEKOLAH", versi: "SEKOLAH-UJI-2", berlakuMulai: "2025-01-01", sumber: "Versi uji", aturan: JSON.stringify(v2) })).rejects.toMatchObject({ code: "CONFLICT" });
    const k0 = await rekapK(inst.id);
    const r = await importJabatanStandar(db(), op, { unorId: disdik.id, jenis: "SEKOLAH" });
    // Every cell now cites the new version; only SD guru kelas changes its figure (11 → 9).
    expect(r).toMatchObject({ versi: "SEKOLAH-UJI-2", ditempatkan: 0, diperbarui: 15, tetap: 0 });
    const sd = await cellsOf("SD Negeri Uji 1");
    expect(sd["F-GURU-KELAS-AP"]).toMatchObject({ kebutuhan: 9, aturanVersi: "SEKOLAH-UJI-2" });
    expect((await rekapK(inst.id)) - k0).toBe(-2);
  });

  it("is all or nothing: a standard jabatan missing from the catalogue changes no cell", async () => {
    await importUnorPembina(db(), op, { parentId: disdik.id, jenis: "SEKOLAH", referensiIds: [ref["10000003"]] });
    await db().jabatan.update({ where: { kode: "F-GURU-PJOK-AP" }, data: { aktif: false } });
    const before = await db().petaJabatan.count({ where: { instansiId: inst.id } });
    await expect(importJabatanStandar(db(), op, { unorId: disdik.id, jenis: "SEKOLAH" })).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("F-GURU-PJOK-AP") });
    expect(await db().petaJabatan.count({ where: { instansiId: inst.id } })).toBe(before);
    await db().jabatan.update({ where: { kode: "F-GURU-PJOK-AP" }, data: { aktif: true } });
    await expect(importJabatanStandar(db(), opOther, { unorId: disdik.id, jenis: "SEKOLAH" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("Import Jabatan Nakes", () => {
  it("the picker offers the faskes with K by the standard (22 / 31; none for the RSUD), also to a verifikator", async () => {
    const r = await listReferensiPilihan(verifikator, dinkes.id, { q: "" });
    expect(r!.standar).toMatchObject({ versi: VERSI_STANDAR_PUSKESMAS });
    expect(r!.rows.map((p) => [p.kode, p.jenis, p.kebutuhanStandar, p.sudahAda])).toEqual([
      ["PKM0001", "PUSKESMAS_NON_RAWAT_INAP", 22, false],
      ["PKM0002", "PUSKESMAS_RAWAT_INAP", 31, false],
      ["RS00001", "RUMAH_SAKIT kelas C", null, false],
    ]);
    expect(await listReferensiPilihan(opOther, dinkes.id, { q: "" })).toBeNull();
    expect(await listReferensiPilihan(op, sekretariat.id, { q: "" })).toBeNull();
  });

  it("puskesmas non rawat inap gets 22, rawat inap 31; the RSUD its head only", async () => {
    const r = await importUnorPembina(db(), op, { parentId: dinkes.id, jenis: "FASKES", referensiIds: [ref.PKM0001, ref.PKM0002, ref.RS00001] });
    expect(r.dibuat).toHaveLength(3);
    const units = await db().unor.findMany({ where: { parentId: dinkes.id }, orderBy: { nama: "asc" }, select: { nama: true, jenis: true, eselon: true } });
    expect(units.map((u) => [u.nama, u.jenis, u.eselon])).toEqual([
      ["Puskesmas Uji Kota", "PUSKESMAS", "PENGAWAS"],
      ["Puskesmas Uji Rawat Inap", "PUSKESMAS", "PENGAWAS"],
      ["RSUD Uji", "RUMAH_SAKIT", "ADMINISTRATOR"],
    ]);
    const k0 = await rekapK(inst.id);
    const n = await importJabatanStandar(db(), op, { unorId: dinkes.id, jenis: "PUSKESMAS" });
    expect(n).toMatchObject({ versi: VERSI_STANDAR_PUSKESMAS, unor: 2, ditempatkan: 22, diperbarui: 0 });
    const sum = async (nama: string) => Object.values(await cellsOf(nama)).reduce((a, c) => a + c.kebutuhan, 0);
    // + 1 each: the Kepala Puskesmas placed (STRUKTURAL) by Import Unor Pembina.
    expect(await sum("Puskesmas Uji Kota")).toBe(22 + 1);
    expect(await sum("Puskesmas Uji Rawat Inap")).toBe(31 + 1);
    expect(await sum("RSUD Uji")).toBe(1);
    expect((await cellsOf("Puskesmas Uji Rawat Inap"))["F-PERAWAT-TRP"]).toMatchObject({ kebutuhan: 8, sumberKebutuhan: "STANDAR_PEMBINA", aturanVersi: VERSI_STANDAR_PUSKESMAS });
    expect((await rekapK(inst.id)) - k0).toBe(53);
    expect(await db().auditLog.count({ where: { action: "IMPORT_JABATAN_NAKES", entityId: String(dinkes.id) } })).toBe(1);
  });
});
