import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeInstansi, makeJabatan, makeUnor, nipFor } from "../factories";

describe("schema rules enforced by PostgreSQL", () => {
  it("keeps the materialised path of every unit on insert, so a subtree is one query", async () => {
    const inst = await makeInstansi();
    const root = await makeUnor(inst.id, null, "Dinas Kesehatan");
    const bidang = await makeUnor(inst.id, root.id, "Bidang Pelayanan");
    const seksi = await makeUnor(inst.id, bidang.id, "Seksi Rujukan");
    const sibling = await makeUnor(inst.id, root.id, "Sekretariat");
    const rows = await db().unor.findMany({ where: { id: { in: [root.id, bidang.id, seksi.id] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.path)).toEqual([[root.id], [root.id, bidang.id], [root.id, bidang.id, seksi.id]]);
    const subtree = await db().$queryRaw<{ id: number }[]>`SELECT id FROM "Unor" WHERE path @> ARRAY[${bidang.id}]::int[] ORDER BY id`;
    expect(subtree.map((r) => r.id)).toEqual([bidang.id, seksi.id]);
    expect(subtree.map((r) => r.id)).not.toContain(sibling.id);
  });

  it("refuses a parent from another instansi", async () => {
    const a = await makeInstansi();
    const b = await makeInstansi();
    const rootA = await makeUnor(a.id, null);
    await expect(makeUnor(b.id, rootA.id)).rejects.toThrow(`unor atasan ${rootA.id} tidak ada di instansi ${b.id}`);
    expect(await db().unor.count({ where: { instansiId: b.id } })).toBe(0);
  });

  it("refuses a NIP that is not 18 digits", async () => {
    const inst = await makeInstansi();
    const base = { nama: "Uji", tanggalLahir: new Date("1990-01-02"), jenisKelamin: "PRIA" as const, jenis: "PNS" as const, instansiId: inst.id };
    await expect(db().pegawai.create({ data: { ...base, nip: "19900102201301100A" } })).rejects.toThrow("NIP harus 18 digit angka");
    expect(await db().pegawai.count({ where: { instansiId: inst.id } })).toBe(0);
    const ok = await db().pegawai.create({ data: { ...base, nip: nipFor("1990-01-02", 1) } });
    expect(ok.nip).toBe("199001022013011001");
  });

  it("refuses kelas jabatan outside 1–17 and a placed jabatan twice in one unit", async () => {
    await expect(makeJabatan({ kelas: 18 })).rejects.toThrow("kelas jabatan harus 1 sampai 17");
    const inst = await makeInstansi();
    const unor = await makeUnor(inst.id, null);
    const jab = await makeJabatan();
    await db().petaJabatan.create({ data: { instansiId: inst.id, unorId: unor.id, jabatanId: jab.id, kebutuhan: 2 } });
    await expect(db().petaJabatan.create({ data: { instansiId: inst.id, unorId: unor.id, jabatanId: jab.id, kebutuhan: 1 } })).rejects.toMatchObject({
      code: "P2002",
      meta: { driverAdapterError: { cause: { originalCode: "23505", originalMessage: expect.stringContaining('"PetaJabatan_unorId_jabatanId_key"') } } },
    });
    await expect(db().petaJabatan.update({ where: { unorId_jabatanId: { unorId: unor.id, jabatanId: jab.id } }, data: { kebutuhan: -1 } })).rejects.toThrow(
      "kebutuhan tidak boleh negatif",
    );
    expect(await db().petaJabatan.findMany({ where: { unorId: unor.id }, select: { kebutuhan: true } })).toEqual([{ kebutuhan: 2 }]);
  });
});
