import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildEditorTree, packEditorData, subtreeIds, unitPath, unpackEditorData, type EditorCellRow, type EditorUnitRow } from "./editor-tree";

const unit = (id: number, parentId: number | null, urutan: number, nama = `Unit ${id}`, aktif = true): EditorUnitRow => ({
  id, parentId, nama, jenis: "STRUKTURAL", eselon: null, urutan, aktif, version: 1, kebutuhan: 0, existing: 0, kebutuhanSubtree: 0, existingSubtree: 0,
});
const cell = (id: number, unorId: number, nama: string, jenis = "FUNGSIONAL", urutan = 1): EditorCellRow => ({
  id, unorId, jabatanId: id * 10, nama, jenis, jenjang: null, kelas: 8, kebutuhan: 2, existing: 1, version: 1, urutan, sumber: "MANUAL", aturanVersi: null,
});

describe("buildEditorTree", () => {
  it("nests units by parent in urutan order, with the structural head first among the jabatan leaves", () => {
    const tree = buildEditorTree(
      [unit(3, 1, 2, "Bidang B"), unit(1, null, 1, "Dinas"), unit(2, 1, 1, "Sekretariat"), unit(4, 3, 1, "Seksi")],
      [cell(7, 1, "Analis"), cell(8, 1, "Kepala Dinas", "STRUKTURAL", 5)],
    );
    expect(tree.roots.map((r) => r.unit.id)).toEqual([1]);
    expect(tree.roots[0].all.map((n) => n.id)).toEqual(["j8", "j7", "u2", "u3"]);
    expect(unitPath(tree, 4)).toBe("Dinas › Bidang B › Seksi");
    expect([...subtreeIds(tree, 3)].sort()).toEqual([3, 4]);
  });

  it("hides a unit whose parent is not in the set, and its jabatan", () => {
    const tree = buildEditorTree([unit(1, null, 1), unit(5, 99, 1)], [cell(9, 5, "Lepas")]);
    expect([...tree.units.keys()]).toEqual([1]);
    expect(tree.cells.size).toBe(0);
  });
});

describe("packEditorData", () => {
  it("round-trips units and cells exactly (property)", () => {
    const unitArb = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }),
      parentId: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: null }),
      nama: fc.string({ maxLength: 30 }),
      jenis: fc.constantFrom("STRUKTURAL", "PUSKESMAS", "SEKOLAH"),
      eselon: fc.constantFrom(null, "PENGAWAS", "JPT_PRATAMA"),
      urutan: fc.nat(500),
      aktif: fc.boolean(),
      version: fc.integer({ min: 1, max: 99 }),
      kebutuhan: fc.nat(99),
      existing: fc.nat(99),
      kebutuhanSubtree: fc.nat(999),
      existingSubtree: fc.nat(999),
    });
    const cellArb = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }),
      unorId: fc.integer({ min: 1, max: 1e6 }),
      jabatanId: fc.integer({ min: 1, max: 20 }),
      kebutuhan: fc.nat(99),
      existing: fc.nat(99),
      version: fc.integer({ min: 1, max: 99 }),
      urutan: fc.nat(50),
      sumber: fc.constantFrom("MANUAL", "ABK", "STANDAR_PEMBINA", "STRUKTURAL"),
      // A few versions shared by many cells: the packed list names each once.
      aturanVersi: fc.constantFrom(null, "PERMENPANRB-1-2020", "SEKOLAH-47/2023"),
    });
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 20 }), fc.array(cellArb, { maxLength: 30 }), (units, rawCells) => {
        // One catalogue row per jabatanId: name and kind follow from the id.
        const cells = rawCells.map((c) => ({ ...c, nama: `Jabatan ${c.jabatanId}`, jenis: c.jabatanId % 2 ? "FUNGSIONAL" : "PELAKSANA", jenjang: null, kelas: c.jabatanId % 17 || 1 }));
        const back = unpackEditorData(JSON.parse(JSON.stringify(packEditorData(units, cells))));
        expect(back.units).toEqual(units.map((u) => expect.objectContaining(u)));
        expect(back.cells).toEqual(cells.map((c) => expect.objectContaining(c)));
      }),
    );
  });
  it("names each rule or standard version once and gives every cell its source and version back", () => {
    const cells = [
      { ...cell(1, 1, "Guru Kelas"), sumber: "STANDAR_PEMBINA", aturanVersi: "SEKOLAH-47/2023" },
      { ...cell(2, 1, "Guru PJOK"), sumber: "STANDAR_PEMBINA", aturanVersi: "SEKOLAH-47/2023" },
      { ...cell(3, 1, "Analis"), sumber: "ABK", aturanVersi: "PERMENPANRB-1-2020" },
      cell(4, 1, "Pengadministrasi"),
    ];
    const packed = packEditorData([unit(1, null, 1)], cells);
    expect(packed.versi).toEqual(["SEKOLAH-47/2023", "PERMENPANRB-1-2020"]);
    expect(unpackEditorData(packed).cells.map((c) => [c.sumber, c.aturanVersi])).toEqual([
      ["STANDAR_PEMBINA", "SEKOLAH-47/2023"],
      ["STANDAR_PEMBINA", "SEKOLAH-47/2023"],
      ["ABK", "PERMENPANRB-1-2020"],
      ["MANUAL", null],
    ]);
  });
});
