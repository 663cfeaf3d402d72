import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createUnorStruktural } from "@/lib/services/unor/create-unor-struktural";
import { placeJabatan } from "@/lib/services/peta-jabatan/place-jabatan";
import { lockInstansiTree } from "@/lib/services/guard";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";

let inst: { id: number };
let op: Actor;
let op2: Actor;

beforeAll(async () => {
  inst = await makeInstansi();
  op = await makeUser("OPERATOR", inst.id);
  op2 = await makeUser("OPERATOR", inst.id);
  await db().jabatan.create({ data: { kode: "S-KABID-R", nama: "Kepala Bidang", jenis: "STRUKTURAL", jenjang: "ADMINISTRATOR", kelas: 12, bup: 58 } });
});

/** Holds the instansi's tree lock in a transaction until `release()` (commits whatever `during` did). */
function holdTreeLock(instansiId: number, during: (tx: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0]) => Promise<unknown>) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const done = db().$transaction(async (tx) => {
    await lockInstansiTree(tx, instansiId);
    await during(tx);
    locked();
    await released;
  });
  return { isLocked, release, done };
}

describe("concurrent duplicates end in one clear CONFLICT, not a database error", () => {
  it("two placeJabatan of the same jabatan at once: one cell, the other refused in Indonesian", async () => {
    const unit = await makeUnor(inst.id, null, "Dinas Balapan");
    const jf = await makeJabatan({ jenis: "FUNGSIONAL" });
    const input = { unorId: unit.id, jabatanId: jf.id, kebutuhan: 2, jenis: "FUNGSIONAL" };
    const results = await Promise.allSettled([placeJabatan(db(), op, input), placeJabatan(db(), op2, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toMatchObject({ name: "AppError", code: "CONFLICT", message: `${jf.nama} sudah ada di unor ini.` });
    expect(await db().petaJabatan.count({ where: { unorId: unit.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "PetaJabatan", action: "CREATE", instansiId: inst.id, userId: { in: [op.id, op2.id] } } })).toBe(1);
  });

  it("a unit deactivated while a placement waits for the tree lock refuses the placement", async () => {
    const unit = await makeUnor(inst.id, null, "Dinas Sementara");
    const jf = await makeJabatan({ jenis: "FUNGSIONAL" });
    const hold = holdTreeLock(inst.id, (tx) => tx.unor.update({ where: { id: unit.id }, data: { aktif: false } }));
    await hold.isLocked;
    const placing = placeJabatan(db(), op, { unorId: unit.id, jabatanId: jf.id, kebutuhan: 1, jenis: "FUNGSIONAL" });
    await new Promise((r) => setTimeout(r, 150)); // the placement read the unit as active and now waits
    hold.release();
    await hold.done;
    await expect(placing).rejects.toMatchObject({ code: "INVALID", message: "Unor nonaktif: aktifkan dahulu sebelum menambah jabatan." });
    expect(await db().petaJabatan.count({ where: { unorId: unit.id } })).toBe(0);
  });
});

describe("Tambah Unor Struktural checks on the server", () => {
  it("re-checks the parent's aktif inside the transaction", async () => {
    const parent = await makeUnor(inst.id, null, "Dinas Induk");
    const hold = holdTreeLock(inst.id, (tx) => tx.unor.update({ where: { id: parent.id }, data: { aktif: false } }));
    await hold.isLocked;
    const creating = createUnorStruktural(db(), op, { instansiId: inst.id, parentId: parent.id, nama: "Bidang Terlambat", jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" });
    await new Promise((r) => setTimeout(r, 150));
    hold.release();
    await hold.done;
    await expect(creating).rejects.toMatchObject({
      code: "INVALID",
      message: "Unor atasan nonaktif: aktifkan dahulu atau pilih atasan lain.",
      fieldErrors: { parentId: ["Unor atasan nonaktif."] },
    });
    expect(await db().unor.count({ where: { parentId: parent.id } })).toBe(0);
  });

  it("refuses an explicit head jabatan of another eselon, or one that is not structural", async () => {
    const parent = await makeUnor(inst.id, null, "Dinas Eselon");
    const kasi = await db().jabatan.create({ data: { kode: "S-KASI-R", nama: "Kepala Seksi", jenis: "STRUKTURAL", jenjang: "PENGAWAS", kelas: 9, bup: 58 } });
    const jf = await makeJabatan({ jenis: "FUNGSIONAL" });
    const base = { instansiId: inst.id, parentId: parent.id, nama: "Bidang Uji Eselon", jenis: "STRUKTURAL", eselon: "ADMINISTRATOR" };
    await expect(createUnorStruktural(db(), op, { ...base, jabatanKepalaId: kasi.id })).rejects.toMatchObject({
      code: "INVALID",
      message: "Kepala Seksi bukan jabatan struktural jenjang Administrator.",
      fieldErrors: { jabatanKepalaId: ["Jenjang jabatan kepala tidak sesuai dengan eselon unor."] },
    });
    await expect(createUnorStruktural(db(), op, { ...base, jabatanKepalaId: jf.id })).rejects.toMatchObject({
      code: "INVALID",
      message: "Jabatan kepala tidak ada di katalog jabatan struktural.",
    });
    expect(await db().unor.count({ where: { parentId: parent.id } })).toBe(0);
    // The matching eselon is accepted.
    const ok = await createUnorStruktural(db(), op, { ...base, eselon: "PENGAWAS", jabatanKepalaId: kasi.id });
    expect((await db().petaJabatan.findUniqueOrThrow({ where: { id: ok.petaJabatanId } })).jabatanId).toBe(kasi.id);
  });
});
