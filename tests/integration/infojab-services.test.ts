import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { placeJabatan } from "@/lib/services/peta-jabatan/place-jabatan";
import { saveInfojab } from "@/lib/services/infojab/save-infojab";
import { lockInfojab } from "@/lib/services/infojab/lock-infojab";
import { unlockInfojab } from "@/lib/services/infojab/unlock-infojab";
import { copyInfojab } from "@/lib/services/infojab/copy-infojab";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { getInfojabPageData } from "@/lib/data/infojab";
import { recomputeKebutuhanAbk } from "@/lib/services/abk/recompute-kebutuhan-abk";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { DEFAULT_RULE_SET } from "@/lib/domain/abk";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";

let inst: { id: number };
let other: { id: number };
let op: Actor;
let opLain: Actor;
let verifikator: Actor;
let jf: { id: number };

beforeAll(async () => {
  inst = await makeInstansi();
  other = await makeInstansi();
  op = await makeUser("OPERATOR", inst.id);
  opLain = await makeUser("OPERATOR", other.id);
  verifikator = await makeUser("VERIFIKATOR");
  jf = await makeJabatan({ jenis: "FUNGSIONAL" });
});

async function cell(instansiId = inst.id, actor = op) {
  const unor = await makeUnor(instansiId, null);
  const { id } = await placeJabatan(db(), actor, { unorId: unor.id, jabatanId: jf.id, kebutuhan: 7, jenis: "FUNGSIONAL" });
  return id;
}

// Hand-worked under Permenpan RB 1/2020 (WKE 75,000 menit, factors TAHUN 1, HARI 250, rounding up):
//   4,000 a year × 30 menit            = 120,000 menit
//   20 a day × 250 days × 15 menit      =  75,000 menit
//   Σ 195,000 ÷ 75,000 = 2.6 → 3
const DUA_TUGAS = [
  { uraian: "Memverifikasi berkas usulan", hasilKerja: "Berkas terverifikasi", satuan: "berkas", volume: 4000, periode: "TAHUN", waktu: 30, satuanWaktu: "MENIT" },
  { uraian: "Menjawab surat masuk", hasilKerja: "Surat", satuan: "surat", volume: 20, periode: "HARI", waktu: 15, satuanWaktu: "MENIT" },
];

describe("saveInfojab", () => {
  it("stores the document and the ABK kebutuhan (3) with the rule version, one audit entry", async () => {
    const id = await cell();
    const r = await saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { ikhtisar: "Melakukan verifikasi.", uraianTugas: DUA_TUGAS, tanggungJawab: ["Kebenaran hasil verifikasi"] } });
    expect(r).toMatchObject({ berubah: true, version: 1, kebutuhanSebelum: 7, kebutuhanSesudah: 3, diff: { uraianDitambah: 2, uraianDiubah: 0, uraianDihapus: 0 } });
    const pj = await db().petaJabatan.findUniqueOrThrow({ where: { id }, include: { infojab: { include: { uraianTugas: { orderBy: { urutan: "asc" } } } } } });
    expect(pj).toMatchObject({ kebutuhan: 3, sumberKebutuhan: "ABK", aturanVersi: (await getAturanBerlaku(db())).versi });
    expect(pj.infojab?.uraianTugas.map((t) => [t.urutan, t.uraian, t.volume.toString(), t.periode, t.waktu.toString()])).toEqual([
      [0, "Memverifikasi berkas usulan", "4000", "TAHUN", "30"],
      [1, "Menjawab surat masuk", "20", "HARI", "15"],
    ]);
    expect(pj.infojab?.tanggungJawab).toEqual(["Kebenaran hasil verifikasi"]);
    expect(await db().auditLog.count({ where: { entity: "Infojab", entityId: String(id), action: "SIMPAN_INFOJAB" } })).toBe(1);
  });

  it("an identical save writes nothing and keeps the version", async () => {
    const id = await cell();
    await saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: DUA_TUGAS } });
    const again = await saveInfojab(db(), op, { petaJabatanId: id, version: 1, isi: { uraianTugas: DUA_TUGAS } });
    expect(again).toMatchObject({ berubah: false, version: 1 });
    expect(await db().auditLog.count({ where: { entityId: String(id), action: "SIMPAN_INFOJAB" } })).toBe(1);
  });

  it("refuses a stale save with CONFLICT and keeps the first writer's rows", async () => {
    const id = await cell();
    await saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: DUA_TUGAS } });
    // Second editor still holds version 0 (opened before the first save).
    await expect(saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: [DUA_TUGAS[0]] } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().uraianTugas.count({ where: { infojab: { petaJabatanId: id } } })).toBe(2);
  });

  it("rejects bad rows with the schema's Indonesian message and changes nothing", async () => {
    const id = await cell();
    await expect(
      saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: [{ ...DUA_TUGAS[0], volume: 0 }] } }),
    ).rejects.toThrow("Beban kerja harus lebih dari 0.");
    await expect(
      saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { syaratJabatan: { bakatKerja: ["X"] } } }),
    ).rejects.toThrow("Bakat kerja: kode tidak dikenal. Pilih dari daftar baku.");
    expect(await db().infojab.count({ where: { petaJabatanId: id } })).toBe(0);
  });

  it("refuses a forged save into another instansi's jabatan and logs it", async () => {
    const id = await cell();
    await expect(saveInfojab(db(), opLain, { petaJabatanId: id, version: 0, isi: { uraianTugas: DUA_TUGAS } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { entity: "Infojab", entityId: String(id), action: "AKSES_DITOLAK", userId: opLain.id } })).toBe(1);
    expect(await db().infojab.count({ where: { petaJabatanId: id } })).toBe(0);
  });
});

describe("Kunci Validasi", () => {
  it("a locked infojab refuses saves and copies; a verifikator reopens it with a reason (audited)", async () => {
    const id = await cell();
    await saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: DUA_TUGAS } });
    await expect(lockInfojab(db(), verifikator, { petaJabatanId: id, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await lockInfojab(db(), op, { petaJabatanId: id, version: 1 })).toMatchObject({ version: 2 });

    const save = saveInfojab(db(), op, { petaJabatanId: id, version: 2, isi: { uraianTugas: [DUA_TUGAS[0]] } });
    await expect(save).rejects.toMatchObject({ code: "LOCKED" });
    await expect(save).rejects.toThrow(/sudah dikunci validasi oleh Pengguna \d+ pada .* WIB\. Buka kunci validasi dulu/);
    const source = await cell();
    await saveInfojab(db(), op, { petaJabatanId: source, version: 0, isi: { uraianTugas: [DUA_TUGAS[1]] } });
    await expect(copyInfojab(db(), op, { petaJabatanId: id, version: 2, sumberPetaJabatanId: source })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await db().uraianTugas.count({ where: { infojab: { petaJabatanId: id } } })).toBe(2);

    await expect(unlockInfojab(db(), verifikator, { petaJabatanId: id, version: 2, alasan: "" })).rejects.toThrow("Tuliskan alasan membuka kunci validasi");
    expect(await unlockInfojab(db(), verifikator, { petaJabatanId: id, version: 2, alasan: "Uraian tugas perlu diperbaiki" })).toEqual({ version: 3 });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: String(id), action: "BUKA_KUNCI_VALIDASI" } });
    expect(audit).toMatchObject({ userId: verifikator.id, reason: "Uraian tugas perlu diperbaiki" });
    await expect(unlockInfojab(db(), opLain, { petaJabatanId: id, version: 3, alasan: "coba-coba" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("copyInfojab (Salin dari jabatan lain)", () => {
  it("copies the same jabatan's infojab from another unit, even of another instansi, and recomputes K", async () => {
    const source = await cell(other.id, opLain);
    await saveInfojab(db(), opLain, { petaJabatanId: source, version: 0, isi: { ikhtisar: "Model", uraianTugas: DUA_TUGAS, wewenang: ["Meminta kelengkapan berkas"] } });
    const target = await cell();
    const r = await copyInfojab(db(), op, { petaJabatanId: target, version: 0, sumberPetaJabatanId: source });
    expect(r).toMatchObject({ kebutuhanSebelum: 7, kebutuhanSesudah: 3, diff: { uraianDitambah: 2 } });
    const ij = await db().infojab.findUniqueOrThrow({ where: { petaJabatanId: target } });
    expect(ij).toMatchObject({ ikhtisar: "Model", wewenang: ["Meminta kelengkapan berkas"] });
    // The source is read only: untouched.
    expect(await db().infojab.findUniqueOrThrow({ where: { petaJabatanId: source } })).toMatchObject({ version: 1 });
  });

  it("refuses a different catalogue jabatan as source", async () => {
    const pelaksana = await makeJabatan({ jenis: "PELAKSANA" });
    const unor = await makeUnor(inst.id, null);
    const { id: src } = await placeJabatan(db(), op, { unorId: unor.id, jabatanId: pelaksana.id, kebutuhan: 1, jenis: "PELAKSANA" });
    await saveInfojab(db(), op, { petaJabatanId: src, version: 0, isi: { uraianTugas: DUA_TUGAS } });
    const target = await cell();
    await expect(copyInfojab(db(), op, { petaJabatanId: target, version: 0, sumberPetaJabatanId: src })).rejects.toThrow(
      "Informasi jabatan hanya dapat disalin dari jabatan yang sama pada unit lain.",
    );
  });
});

describe("the infojab page and a rule change", () => {
  it("reads as missing for another instansi's operator and under a foreign instansi in the URL", async () => {
    const id = await cell();
    expect(await getInfojabPageData(opLain, inst.id, id)).toBeNull();
    expect(await getInfojabPageData(op, other.id, id)).toBeNull();
    const mine = await getInfojabPageData(op, inst.id, id);
    expect(mine).toMatchObject({ petaJabatanId: id, version: 0, kebutuhan: 7, izin: { ubah: true, kunci: false, bukaKunci: false } });
    expect(await getInfojabPageData(verifikator, inst.id, id)).toMatchObject({ izin: { ubah: false, kunci: false, bukaKunci: false } });
  });

  it("a locked infojab's kebutuhan still follows a new rule set: the rows are frozen, the rule is not", async () => {
    const id = await cell();
    await saveInfojab(db(), op, { petaJabatanId: id, version: 0, isi: { uraianTugas: DUA_TUGAS } });
    await lockInfojab(db(), op, { petaJabatanId: id, version: 1 });
    // 195,000 menit ÷ 100,000 = 1.95 → 2 under a WKE of 100,000 menit.
    await recomputeKebutuhanAbk(db(), SYSTEM_ACTOR, { instansiId: inst.id, aturan: { ...DEFAULT_RULE_SET, versi: "UJI-WKE-100000", wkeMenit: 100_000 } });
    expect(await db().petaJabatan.findUniqueOrThrow({ where: { id } })).toMatchObject({ kebutuhan: 2, aturanVersi: "UJI-WKE-100000" });
    expect(await db().infojab.findUniqueOrThrow({ where: { petaJabatanId: id } })).toMatchObject({ lockedById: op.id });
  });
});
