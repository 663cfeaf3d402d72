import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBaganData } from "@/lib/data/bagan";
import { getRekapSubtreeUnor } from "@/lib/data/rekap";
import { getUnorEditorData } from "@/lib/data/unor";
import { layoutBagan } from "@/lib/domain/bagan/layout";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

let urut = 0;
async function placePegawai(instansiId: number, unorId: number, jabatanId: number, count: number) {
  for (let i = 0; i < count; i++) {
    const n = ++urut;
    await db().pegawai.create({
      data: { nip: nipFor("1985-02-03", n), nama: `Pegawai ${n}`, tanggalLahir: new Date("1985-02-03"), jenisKelamin: "PRIA", jenis: "PNS", instansiId, unorId, jabatanId },
    });
  }
}

/**
 * Dinas (Kepala K1 B1, Analis K3 B1)
 * ├─ Sekretariat (Analis K1 B2)
 * ├─ Bidang A (Pelaksana K2 B0)
 * │  └─ Seksi A1 (Analis K2 B1)
 * └─ Bidang X, inactive (Analis K5 B3)
 *    └─ Seksi X1, still active (Pelaksana K1 B1)
 */
async function handBuilt() {
  const inst = await makeInstansi({ nama: "Pemerintah Kota Bagan" });
  const dinas = await makeUnor(inst.id, null, "Dinas");
  const sekretariat = await makeUnor(inst.id, dinas.id, "Sekretariat");
  const bidangA = await makeUnor(inst.id, dinas.id, "Bidang A");
  const seksiA1 = await makeUnor(inst.id, bidangA.id, "Seksi A1");
  const bidangX = await makeUnor(inst.id, dinas.id, "Bidang X");
  const seksiX1 = await makeUnor(inst.id, bidangX.id, "Seksi X1");
  const kepala = await makeJabatan({ jenis: "STRUKTURAL", kelas: 12 });
  const analis = await makeJabatan({ jenis: "FUNGSIONAL", kelas: 8 });
  const pelaksana = await makeJabatan({ jenis: "PELAKSANA", kelas: 5 });
  const cells: [number, number, number][] = [
    [dinas.id, kepala.id, 1],
    [dinas.id, analis.id, 3],
    [sekretariat.id, analis.id, 1],
    [bidangA.id, pelaksana.id, 2],
    [seksiA1.id, analis.id, 2],
    [bidangX.id, analis.id, 5],
    [seksiX1.id, pelaksana.id, 1],
  ];
  await db().petaJabatan.createMany({ data: cells.map(([unorId, jabatanId, kebutuhan]) => ({ instansiId: inst.id, unorId, jabatanId, kebutuhan })) });
  await placePegawai(inst.id, dinas.id, kepala.id, 1);
  await placePegawai(inst.id, dinas.id, analis.id, 1);
  await placePegawai(inst.id, sekretariat.id, analis.id, 2);
  await placePegawai(inst.id, seksiA1.id, analis.id, 1);
  await placePegawai(inst.id, bidangX.id, analis.id, 3);
  await placePegawai(inst.id, seksiX1.id, pelaksana.id, 1);
  // Bidang X alone goes inactive (written directly, so Seksi X1 below it stays active).
  await db().unor.update({ where: { id: bidangX.id }, data: { aktif: false } });
  return { inst, dinas, bidangA, seksiA1, bidangX, seksiX1, kepala, analis, pelaksana };
}

describe("subtree K and B in the Struktur tree", () => {
  it("sums each unit's whole subtree over active units only, as the subtree recap does", async () => {
    const t = await handBuilt();
    const op = await makeUser("OPERATOR", t.inst.id);
    const { units } = (await getUnorEditorData(op, t.inst.id, { includeInactive: true }))!;
    const fig = Object.fromEntries(units.map((u) => [u.nama, [u.kebutuhan, u.existing, u.kebutuhanSubtree, u.existingSubtree]]));
    expect(fig).toEqual({
      // Dinas: its own K 1 + 3, B 1 + 1; + Sekretariat K1 B2 + Bidang A K2 B0 + Seksi A1 K2 B1 + Seksi X1 K1 B1
      // (Bidang X's K5 B3 counts nowhere): K 4 + 1 + 2 + 2 + 1 = 10, B 2 + 2 + 0 + 1 + 1 = 6.
      Dinas: [4, 2, 10, 6],
      Sekretariat: [1, 2, 1, 2],
      "Bidang A": [2, 0, 4, 1],
      "Seksi A1": [2, 1, 2, 1],
      // The inactive unit shows its own cells, but its subtree holds only the active Seksi X1.
      "Bidang X": [5, 3, 1, 1],
      "Seksi X1": [1, 1, 1, 1],
    });
    // One definition: the recap of a subtree gives the same K and B.
    for (const u of [t.dinas, t.bidangA, t.bidangX]) {
      const r = (await getRekapSubtreeUnor(op, u.id))!.total;
      expect([r.kebutuhan, r.existing]).toEqual([fig[u.nama][2], fig[u.nama][3]]);
    }
    // Hidden inactive units do not change the active ones' figures.
    const shown = (await getUnorEditorData(op, t.inst.id, { includeInactive: false }))!.units;
    expect(shown.find((u) => u.nama === "Dinas")).toMatchObject({ kebutuhanSubtree: 10, existingSubtree: 6 });
  });
});

describe("getBaganData", () => {
  it("draws the instansi's active units with their jabatan, kelas, B and K, head first", async () => {
    const t = await handBuilt();
    const verifikator = await makeUser("VERIFIKATOR");
    const data = (await getBaganData(verifikator, t.inst.id, null))!;
    expect(data.rootId).toBe(t.dinas.id);
    expect(data.units.map((u) => u.nama).sort()).toEqual(["Bidang A", "Dinas", "Sekretariat", "Seksi A1", "Seksi X1"]);
    const l = layoutBagan(data.units, data.cells, data.rootId)!;
    // Seksi X1 sits under an inactive unit: no box (its parent is not drawn), though the recap counts it.
    expect(l.boxes.map((b) => b.nama)).toEqual(["Dinas", "Sekretariat", "Bidang A", "Seksi A1"]);
    const dinas = l.boxes[0];
    expect(dinas.rows.map((r) => [r.nama.startsWith("Jabatan Uji"), r.kelas, r.existing, r.kebutuhan, r.selisih, r.kepala])).toEqual([
      [true, 12, 1, 1, 0, true],
      [true, 8, 1, 3, -2, false],
    ]);
    expect(dinas.subtree).toEqual({ kebutuhan: 10, existing: 6, selisih: -4 });
    expect(l.boxes.find((b) => b.nama === "Sekretariat")!.total).toMatchObject({ kebutuhan: 1, existing: 2, selisih: 1, kelebihan: 1 });
  });

  it("draws one unit's subtree for ?unor, and refuses another instansi's unit or reader", async () => {
    const t = await handBuilt();
    const op = await makeUser("OPERATOR", t.inst.id);
    const data = (await getBaganData(op, t.inst.id, t.bidangA.id))!;
    // Only the cells of Bidang A and Seksi A1 are read.
    expect(data.cells.map((c) => [c.unorId, c.kebutuhan, c.existing]).sort()).toEqual([[t.bidangA.id, 2, 0], [t.seksiA1.id, 2, 1]].sort());
    const l = layoutBagan(data.units, data.cells, data.rootId)!;
    expect(l.boxes.map((b) => [b.nama, b.subtree.kebutuhan, b.subtree.existing, b.subtree.selisih])).toEqual([
      ["Bidang A", 4, 1, -3],
      ["Seksi A1", 2, 1, -1],
    ]);
    // An inactive unit has no bagan; nor has a unit of another instansi asked for under this one.
    expect(await getBaganData(op, t.inst.id, t.bidangX.id)).toBeNull();
    const other = await makeInstansi();
    const otherUnit = await makeUnor(other.id, null, "Dinas Lain");
    expect(await getBaganData(op, t.inst.id, otherUnit.id)).toBeNull();
    // An operator of another instansi reads nothing of this one.
    const stranger = await makeUser("OPERATOR", other.id);
    expect(await getBaganData(stranger, t.inst.id, null)).toBeNull();
    expect(await getBaganData(stranger, other.id, null)).toMatchObject({ rootId: otherUnit.id, cells: [] });
  });
});
