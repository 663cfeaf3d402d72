import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createUnorStruktural } from "@/lib/services/unor/create-unor-struktural";
import { renameUnor } from "@/lib/services/unor/rename-unor";
import { moveUnor } from "@/lib/services/unor/move-unor";
import { setUnorAktif } from "@/lib/services/unor/set-unor-aktif";
import { deleteUnor } from "@/lib/services/unor/delete-unor";
import { placeJabatan } from "@/lib/services/peta-jabatan/place-jabatan";
import { removePetaJabatan } from "@/lib/services/peta-jabatan/remove-peta-jabatan";
import { updateKebutuhan } from "@/lib/services/peta-jabatan/update-kebutuhan";
import { replicateJabatan } from "@/lib/services/peta-jabatan/replicate-jabatan";
import { getUnorEditorData } from "@/lib/data/unor";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

let inst: { id: number };
let other: { id: number };
let op: Actor;
let kepalaBidang: { id: number };
let jf: { id: number };
let pelaksana: { id: number };
let seq = 0;
const unique = (s: string) => `${s} ${++seq}`;

beforeAll(async () => {
  inst = await makeInstansi();
  other = await makeInstansi();
  op = await makeUser("OPERATOR", inst.id);
  kepalaBidang = await db().jabatan.create({ data: { kode: "S-KABID", nama: "Kepala Bidang", jenis: "STRUKTURAL", jenjang: "ADMINISTRATOR", kelas: 12, bup: 58 } });
  jf = await makeJabatan({ jenis: "FUNGSIONAL" });
  pelaksana = await makeJabatan({ jenis: "PELAKSANA", kelas: 6 });
});

async function root(instansiId = inst.id) {
  return makeUnor(instansiId, null, unique("Dinas"));
}

async function bidang(parentId: number, nama = unique("Bidang")) {
  const r = await createUnorStruktural(db(), op, { instansiId: inst.id, parentId, nama, jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" });
  return db().unor.findUniqueOrThrow({ where: { id: r.unor.id } });
}

describe("Tambah Unor Struktural", () => {
  it("adds the unit with its head's structural jabatan (kebutuhan 1), audited", async () => {
    const r0 = await root();
    const r = await createUnorStruktural(db(), op, {
      instansiId: inst.id, parentId: r0.id, nama: "  Bidang   Pelayanan  Kesehatan ", jenis: "STRUKTURAL", eselon: "ADMINISTRATOR",
      dasarHukumNomor: "Perwali No. 5 Tahun 2026", dasarHukumTanggal: "2026-01-15",
    });
    expect(r.unor.nama).toBe("Bidang Pelayanan Kesehatan");
    const unit = await db().unor.findUniqueOrThrow({ where: { id: r.unor.id } });
    expect(unit).toMatchObject({ parentId: r0.id, path: [r0.id, unit.id], eselon: "ADMINISTRATOR", dasarHukumNomor: "Perwali No. 5 Tahun 2026" });
    expect(await db().petaJabatan.findUniqueOrThrow({ where: { id: r.petaJabatanId! } })).toMatchObject({ jabatanId: kepalaBidang.id, kebutuhan: 1, sumberKebutuhan: "STRUKTURAL" });
    const audits = await db().auditLog.findMany({ where: { userId: op.id, action: "CREATE", entityId: { in: [String(unit.id), String(r.petaJabatanId)] } } });
    expect(audits.map((a) => a.entity).sort()).toEqual(["PetaJabatan", "Unor"]);
  });

  it("refuses empty, too long and duplicate names (spacing and case), and keeps hostile text as text", async () => {
    const r0 = await root();
    const base = { instansiId: inst.id, parentId: r0.id, jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" };
    await expect(createUnorStruktural(db(), op, { ...base, nama: "   " })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Nama unor minimal 3 karakter." })] });
    await expect(createUnorStruktural(db(), op, { ...base, nama: "x".repeat(301) })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Nama unor paling panjang 300 karakter." })] });
    await createUnorStruktural(db(), op, { ...base, nama: "Bidang Sumber Daya" });
    await expect(createUnorStruktural(db(), op, { ...base, nama: "bidang  sumber   DAYA" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { nama: [expect.any(String)] } });
    const hostile = await createUnorStruktural(db(), op, { ...base, nama: '<script>alert("x")</script> Bidang <b>Uji</b>' });
    expect(hostile.unor.nama).toBe('<script>alert("x")</script> Bidang <b>Uji</b>');
    expect(await db().unor.count({ where: { parentId: r0.id } })).toBe(2);
  });
});

describe("rules for every action", () => {
  it("refuses and logs a forged request for another instansi's unit; BKN roles cannot edit", async () => {
    const theirs = await root(other.id);
    const before = await db().unor.count({ where: { instansiId: other.id } });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(
      createUnorStruktural(db(), op, { instansiId: other.id, parentId: theirs.id, nama: "Bidang Siluman", jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Lying about the instansi does not help: the parent's own instansi decides.
    await expect(
      createUnorStruktural(db(), op, { instansiId: inst.id, parentId: theirs.id, nama: "Bidang Siluman", jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(renameUnor(db(), op, { unorId: theirs.id, version: 1, nama: "Nama Baru", alasan: "perbaikan salah ketik" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const verifikator = await makeUser("VERIFIKATOR");
    await expect(setUnorAktif(db(), verifikator, { unorId: theirs.id, version: 1, aktif: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().unor.count({ where: { instansiId: other.id } })).toBe(before);
    expect(await db().unor.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ nama: theirs.nama, aktif: true });
    expect(await db().auditLog.count({ where: { action: "AKSES_DITOLAK", entityId: String(theirs.id) } })).toBe(4);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("lets one of two concurrent renames win and refuses the other with a conflict", async () => {
    const r0 = await root();
    const b = await bidang(r0.id, "Bidang Perencanan");
    const results = await Promise.allSettled([
      renameUnor(db(), op, { unorId: b.id, version: b.version, nama: "Bidang Perencanaan", alasan: "perbaikan salah ketik nama" }),
      renameUnor(db(), op, { unorId: b.id, version: b.version, nama: "Bidang Perencanaaan", alasan: "perbaikan salah ketik juga" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(rejected.reason.message).toMatch(/Muat ulang/);
    const after = await db().unor.findUniqueOrThrow({ where: { id: b.id } });
    expect(after.version).toBe(b.version + 1);
    expect(await db().auditLog.count({ where: { entity: "Unor", entityId: String(b.id), action: "RENAME" } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "Unor", entityId: String(b.id), action: "RENAME" } });
    expect(audit.before).toMatchObject({ nama: "Bidang Perencanan" });
    expect(audit.after).toMatchObject({ nama: after.nama });
    expect(audit.reason).toMatch(/salah ketik/);
  });

  it("requires a reason for a rename", async () => {
    const r0 = await root();
    const b = await bidang(r0.id);
    await expect(renameUnor(db(), op, { unorId: b.id, version: b.version, nama: "Nama Lain Sekali" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["alasan"], message: "Alasan wajib diisi." })],
    });
  });
});

describe("moving and ordering", () => {
  it("reorders siblings and moves a subtree, rewriting paths", async () => {
    const r0 = await root();
    const [a, b, c] = [await bidang(r0.id, "Bidang A"), await bidang(r0.id, "Bidang B"), await bidang(r0.id, "Bidang C")];
    const seksi = await makeUnor(inst.id, c.id, "Seksi di C");
    await moveUnor(db(), op, { unorId: c.id, version: c.version, parentId: r0.id, index: 0 });
    const order = await db().unor.findMany({ where: { parentId: r0.id }, orderBy: { urutan: "asc" }, select: { nama: true } });
    expect(order.map((u) => u.nama)).toEqual(["Bidang C", "Bidang A", "Bidang B"]);
    const c2 = await db().unor.findUniqueOrThrow({ where: { id: c.id } });
    await moveUnor(db(), op, { unorId: c.id, version: c2.version, parentId: a.id, index: 0 });
    expect((await db().unor.findUniqueOrThrow({ where: { id: seksi.id } })).path).toEqual([r0.id, a.id, c.id, seksi.id]);
    expect((await db().unor.findUniqueOrThrow({ where: { id: c.id } })).parentId).toBe(a.id);
    void b;
  });

  it("refuses a move under the unit's own subtree", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    const child = await makeUnor(inst.id, a.id, "Anak A");
    await expect(moveUnor(db(), op, { unorId: a.id, version: a.version, parentId: child.id, index: 0 })).rejects.toMatchObject({
      code: "INVALID",
      message: "Unor tidak dapat dipindahkan ke bawah dirinya sendiri.",
    });
    await expect(moveUnor(db(), op, { unorId: a.id, version: a.version, parentId: a.id, index: 0 })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("never builds a cycle from two concurrent crossing moves", async () => {
    const r0 = await root();
    const [x, y] = [await bidang(r0.id, "Bidang X"), await bidang(r0.id, "Bidang Y")];
    const results = await Promise.allSettled([
      moveUnor(db(), op, { unorId: x.id, version: x.version, parentId: y.id, index: 0 }),
      moveUnor(db(), op, { unorId: y.id, version: y.version, parentId: x.id, index: 0 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [x2, y2] = await Promise.all([db().unor.findUniqueOrThrow({ where: { id: x.id } }), db().unor.findUniqueOrThrow({ where: { id: y.id } })]);
    expect(x2.parentId === y.id && y2.parentId === x.id).toBe(false);
    for (const u of [x2, y2]) expect(u.path[0]).toBe(r0.id);
  });
});

describe("deactivate and delete", () => {
  it("deactivates a subtree and hides it from the editor unless asked", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    const s = await makeUnor(inst.id, a.id, "Seksi Bawah");
    await setUnorAktif(db(), op, { unorId: a.id, version: a.version, aktif: false });
    expect((await db().unor.findUniqueOrThrow({ where: { id: s.id } })).aktif).toBe(false);
    const hidden = await getUnorEditorData(op, inst.id, { includeInactive: false });
    expect(hidden!.units.map((u) => u.id)).not.toContain(a.id);
    const all = await getUnorEditorData(op, inst.id, { includeInactive: true });
    expect(all!.units.map((u) => u.id)).toEqual(expect.arrayContaining([a.id, s.id]));
    await expect(setUnorAktif(db(), op, { unorId: s.id, version: 2, aktif: true })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses to delete a unit with pegawai or children, saying why and offering deactivation; deletes an empty one", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    await db().pegawai.create({ data: { nip: nipFor("1988-02-03", 900 + seq), nama: "Pegawai", tanggalLahir: new Date("1988-02-03"), jenisKelamin: "PRIA", jenis: "PNS", instansiId: inst.id, unorId: a.id } });
    await expect(deleteUnor(db(), op, { unorId: a.id, version: a.version })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/1 pegawai/), fieldErrors: { saran: ["nonaktifkan"] } });
    const b = await bidang(r0.id);
    await makeUnor(inst.id, b.id, "Seksi Anak");
    await expect(deleteUnor(db(), op, { unorId: b.id, version: b.version })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/unor bawahan/) });
    const c = await bidang(r0.id);
    await expect(deleteUnor(db(), op, { unorId: c.id, version: c.version + 5 })).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteUnor(db(), op, { unorId: c.id, version: c.version });
    expect(await db().unor.findUnique({ where: { id: c.id } })).toBeNull();
    expect(await db().petaJabatan.count({ where: { unorId: c.id } })).toBe(0);
  });

  it("refuses to delete a unit already in an approved peta jabatan", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    await db().usulan.create({
      data: { instansiId: inst.id, jenis: "KESELURUHAN", judul: "Peta jabatan 2026", status: "DISETUJUI", dibuatOlehId: op.id, diverifikasiPada: new Date(Date.now() + 1000) },
    });
    await expect(deleteUnor(db(), op, { unorId: a.id, version: a.version })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/disetujui/) });
    await db().usulan.deleteMany({ where: { instansiId: inst.id } });
  });
});

describe("placed jabatan", () => {
  it("places a JF, refuses a duplicate or wrong kind, edits kebutuhan with a version check, and refuses removal while held", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    const { id } = await placeJabatan(db(), op, { unorId: a.id, jabatanId: jf.id, kebutuhan: 3, jenis: "FUNGSIONAL" });
    await expect(placeJabatan(db(), op, { unorId: a.id, jabatanId: jf.id, kebutuhan: 1, jenis: "FUNGSIONAL" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(placeJabatan(db(), op, { unorId: a.id, jabatanId: pelaksana.id, kebutuhan: 1, jenis: "FUNGSIONAL" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(placeJabatan(db(), op, { unorId: a.id, jabatanId: pelaksana.id, kebutuhan: -1, jenis: "PELAKSANA" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "Kebutuhan tidak boleh negatif." })],
    });
    await updateKebutuhan(db(), op, { petaJabatanId: id, version: 1, kebutuhan: 5 });
    await expect(updateKebutuhan(db(), op, { petaJabatanId: id, version: 1, kebutuhan: 7 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().petaJabatan.findUniqueOrThrow({ where: { id } })).kebutuhan).toBe(5);
    await db().pegawai.create({ data: { nip: nipFor("1990-04-05", 700 + seq), nama: "Pemegang", tanggalLahir: new Date("1990-04-05"), jenisKelamin: "WANITA", jenis: "PNS", instansiId: inst.id, unorId: a.id, jabatanId: jf.id } });
    await expect(removePetaJabatan(db(), op, { petaJabatanId: id, version: 2 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/dipegang 1 pegawai/) });
    await db().pegawai.updateMany({ where: { unorId: a.id }, data: { aktif: false } });
    await removePetaJabatan(db(), op, { petaJabatanId: id, version: 2 });
    expect(await db().petaJabatan.findUnique({ where: { id } })).toBeNull();
  });

  it("replicates JF and pelaksana with their infojab, reporting what was skipped", async () => {
    const r0 = await root();
    const [src, dst] = [await bidang(r0.id), await bidang(r0.id)];
    const c1 = await placeJabatan(db(), op, { unorId: src.id, jabatanId: jf.id, kebutuhan: 4, jenis: "FUNGSIONAL" });
    await placeJabatan(db(), op, { unorId: src.id, jabatanId: pelaksana.id, kebutuhan: 2, jenis: "PELAKSANA" });
    await db().infojab.create({
      data: { petaJabatanId: c1.id, ikhtisar: "Melaksanakan analisis", uraianTugas: { create: [{ uraian: "Menyusun kajian", volume: 12, periode: "TAHUN", waktu: 40, satuanWaktu: "JAM" }] } },
    });
    await placeJabatan(db(), op, { unorId: dst.id, jabatanId: pelaksana.id, kebutuhan: 1, jenis: "PELAKSANA" });
    const r = await replicateJabatan(db(), op, { sourceUnorId: src.id, targetUnorId: dst.id, jenis: ["FUNGSIONAL", "PELAKSANA"] });
    expect(r.disalin.map((d) => d.jabatanId)).toEqual([jf.id]);
    expect(r.dilewati).toEqual([expect.objectContaining({ jabatanId: pelaksana.id, alasan: "sudah ada di unor tujuan" })]);
    const copy = await db().petaJabatan.findUniqueOrThrow({ where: { unorId_jabatanId: { unorId: dst.id, jabatanId: jf.id } }, include: { infojab: { include: { uraianTugas: true } } } });
    expect(copy.kebutuhan).toBe(4);
    expect(copy.infojab?.ikhtisar).toBe("Melaksanakan analisis");
    expect(copy.infojab?.uraianTugas.map((t) => t.uraian)).toEqual(["Menyusun kajian"]);
    // From another instansi's OTK: readable for replication, but the target must be the operator's own.
    const theirs = await makeUnor(other.id, null, "Dinas Lain");
    const otherJf = await makeJabatan({ jenis: "FUNGSIONAL" });
    await db().petaJabatan.create({ data: { instansiId: other.id, unorId: theirs.id, jabatanId: otherJf.id, kebutuhan: 6 } });
    const fromOther = await replicateJabatan(db(), op, { sourceUnorId: theirs.id, targetUnorId: dst.id, jenis: ["FUNGSIONAL"] });
    expect(fromOther.disalin.map((d) => d.jabatanId)).toEqual([otherJf.id]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(replicateJabatan(db(), op, { sourceUnorId: dst.id, targetUnorId: theirs.id, jenis: ["FUNGSIONAL"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    warn.mockRestore();
  });
});

describe("defaults and visibility", () => {
  it("picks the head matching the unit's name when none is chosen", async () => {
    await db().jabatan.create({ data: { kode: "S-DIRRS", nama: "Direktur Rumah Sakit Umum Daerah", jenis: "STRUKTURAL", jenjang: "PENGAWAS", kelas: 12, bup: 58 } });
    const kasi = await db().jabatan.create({ data: { kode: "S-KASI", nama: "Kepala Seksi", jenis: "STRUKTURAL", jenjang: "PENGAWAS", kelas: 9, bup: 58 } });
    const r0 = await root();
    const r = await createUnorStruktural(db(), op, { instansiId: inst.id, parentId: r0.id, nama: "Seksi Pelayanan Rujukan", jenis: "STRUKTURAL", eselon: "PENGAWAS" });
    expect((await db().petaJabatan.findUniqueOrThrow({ where: { id: r.petaJabatanId! } })).jabatanId).toBe(kasi.id);
  });

  it("counts the position among the siblings the operator sees (inactive ones hidden)", async () => {
    const r0 = await root();
    const [a, hidden, b] = [await bidang(r0.id, "Bidang Satu"), await bidang(r0.id, "Bidang Tersembunyi"), await bidang(r0.id, "Bidang Dua")];
    await setUnorAktif(db(), op, { unorId: hidden.id, version: hidden.version, aktif: false });
    const c = await bidang(r0.id, "Bidang Tiga");
    // Visible: Satu, Dua, Tiga. Put Tiga at visible position 1 (between Satu and Dua).
    await moveUnor(db(), op, { unorId: c.id, version: c.version, parentId: r0.id, index: 1 });
    const order = await db().unor.findMany({ where: { parentId: r0.id, aktif: true }, orderBy: { urutan: "asc" }, select: { id: true } });
    expect(order.map((u) => u.id)).toEqual([a.id, c.id, b.id]);
  });

  it("marks a stale-version refusal so the UI can offer to reload", async () => {
    const r0 = await root();
    const a = await bidang(r0.id);
    await expect(setUnorAktif(db(), op, { unorId: a.id, version: a.version + 1, aktif: false })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { version: [expect.any(String)] },
    });
  });
});
