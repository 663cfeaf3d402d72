import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { replicateJabatan } from "@/lib/services/peta-jabatan/replicate-jabatan";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

let mine: { id: number };
let theirs: { id: number; nama: string };
let op: Actor;
let nipSeq = 0;

beforeAll(async () => {
  mine = await makeInstansi({ nama: "Pemerintah Kota Tujuan" });
  theirs = await makeInstansi({ nama: "Pemerintah Kota Sumber" });
  op = await makeUser("OPERATOR", mine.id);
});

/** A source unit of the other instansi with one JF (K 6, with infojab and two uraian tugas) held by one pegawai. */
async function sourceUnit(nama: string) {
  const unit = await makeUnor(theirs.id, null, nama);
  const jf = await makeJabatan({ jenis: "FUNGSIONAL" });
  const cell = await db().petaJabatan.create({ data: { instansiId: theirs.id, unorId: unit.id, jabatanId: jf.id, kebutuhan: 6, sumberKebutuhan: "ABK", aturanVersi: "UJI" } });
  await db().infojab.create({
    data: {
      petaJabatanId: cell.id,
      ikhtisar: "Menyusun rencana kebutuhan",
      uraianTugas: {
        create: [
          { urutan: 1, uraian: "Menghimpun data formasi", volume: 12, periode: "TAHUN", waktu: 30, satuanWaktu: "JAM" },
          { urutan: 2, uraian: "Menyusun laporan", volume: 4, periode: "TAHUN", waktu: 90, satuanWaktu: "MENIT" },
        ],
      },
    },
  });
  await db().pegawai.create({
    data: { nip: nipFor("1980-01-01", ++nipSeq), nama: "Pemegang", tanggalLahir: new Date("1980-01-01"), jenisKelamin: "PRIA", jenis: "PNS", instansiId: theirs.id, unorId: unit.id, jabatanId: jf.id },
  });
  return { unit, jf };
}

describe("replication from another instansi's OTK (canReplicateFrom)", () => {
  it("copies structure and infojab text from an active unit, never pegawai, and names the source in the audit", async () => {
    const { unit, jf } = await sourceUnit("Bagian Organisasi Sumber");
    const target = await makeUnor(mine.id, null, "Bagian Organisasi");
    const r = await replicateJabatan(db(), op, { sourceUnorId: unit.id, targetUnorId: target.id, jenis: ["FUNGSIONAL"] });
    expect(r).toEqual({ disalin: [{ jabatanId: jf.id, nama: jf.nama }], dilewati: [] });
    const copy = await db().petaJabatan.findUniqueOrThrow({
      where: { unorId_jabatanId: { unorId: target.id, jabatanId: jf.id } },
      include: { infojab: { include: { uraianTugas: { orderBy: { urutan: "asc" } } } } },
    });
    expect(copy).toMatchObject({ instansiId: mine.id, kebutuhan: 6, existing: 0, sumberKebutuhan: "ABK", aturanVersi: "UJI" });
    expect(copy.infojab?.ikhtisar).toBe("Menyusun rencana kebutuhan");
    expect(copy.infojab?.uraianTugas.map((t) => [t.uraian, t.volume.toString(), t.periode])).toEqual([
      ["Menghimpun data formasi", "12", "TAHUN"],
      ["Menyusun laporan", "4", "TAHUN"],
    ]);
    expect(await db().pegawai.count({ where: { instansiId: mine.id } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "REPLIKASI_JABATAN", entityId: String(target.id) } });
    expect(audit).toMatchObject({
      userId: op.id,
      instansiId: mine.id,
      after: { sumber: { instansiId: theirs.id, instansi: "Pemerintah Kota Sumber", unorId: unit.id, unor: "Bagian Organisasi Sumber" } },
    });
  });

  it("refuses an inactive source unit, of another instansi or its own, and copies nothing", async () => {
    const { unit } = await sourceUnit("Bagian Lama Sumber");
    await db().unor.update({ where: { id: unit.id }, data: { aktif: false } });
    const target = await makeUnor(mine.id, null, "Bagian Baru");
    const refusal = {
      code: "FORBIDDEN",
      message: 'Unor sumber "Bagian Lama Sumber" nonaktif: unor tanpa dasar hukum tidak dapat dijadikan sumber replikasi.',
      fieldErrors: { sourceUnorId: ["Pilih unor sumber yang aktif."] },
    };
    await expect(replicateJabatan(db(), op, { sourceUnorId: unit.id, targetUnorId: target.id, jenis: ["FUNGSIONAL"] })).rejects.toMatchObject(refusal);
    const ownOld = await makeUnor(mine.id, null, "Bagian Lama Sendiri");
    await db().unor.update({ where: { id: ownOld.id }, data: { aktif: false } });
    await expect(replicateJabatan(db(), op, { sourceUnorId: ownOld.id, targetUnorId: target.id, jenis: ["FUNGSIONAL"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: 'Unor sumber "Bagian Lama Sendiri" nonaktif: unor tanpa dasar hukum tidak dapat dijadikan sumber replikasi.',
    });
    expect(await db().petaJabatan.count({ where: { unorId: target.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "REPLIKASI_JABATAN", entityId: String(target.id) } })).toBe(0);
  });

  it("refuses copying into another instansi's unit, whatever the source", async () => {
    const { unit } = await sourceUnit("Bagian Umum Sumber");
    const theirTarget = await makeUnor(theirs.id, null, "Bagian Umum Lain");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(replicateJabatan(db(), op, { sourceUnorId: unit.id, targetUnorId: theirTarget.id, jenis: ["FUNGSIONAL"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Anda tidak berwenang mengubah data instansi ini.",
    });
    warn.mockRestore();
    expect(await db().petaJabatan.count({ where: { unorId: theirTarget.id } })).toBe(0);
  });
});
