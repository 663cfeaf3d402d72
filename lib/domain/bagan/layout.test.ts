import { describe, expect, it } from "vitest";
import { layoutBagan, type BaganCellInput, type BaganUnitInput } from "./layout";
import { paginateBagan } from "./pages";

const unit = (id: number, parentId: number | null, urutan: number, nama: string, k = 0, b = 0, jenis = "STRUKTURAL"): BaganUnitInput => ({
  id, parentId, nama, jenis, urutan, kebutuhanSubtree: k, existingSubtree: b,
});
const cell = (unorId: number, nama: string, kebutuhan: number, existing: number, jenis = "FUNGSIONAL", urutan = 1, kelas = 8): BaganCellInput => ({
  unorId, nama, jenis, kelas, kebutuhan, existing, urutan,
});

// Dinas ─┬─ Sekretariat
//        └─ Bidang A ── Seksi A1
const UNITS = [unit(3, 1, 2, "Bidang A", 4, 5), unit(1, null, 1, "Dinas", 9, 7), unit(2, 1, 1, "Sekretariat", 1, 0), unit(4, 3, 1, "Seksi A1", 3, 4)];
const CELLS = [
  cell(1, "Analis SDM", 3, 1),
  cell(1, "Kepala Dinas", 1, 1, "STRUKTURAL", 9, 12),
  cell(2, "Sekretaris", 1, 0, "STRUKTURAL"),
  cell(3, "Kepala Bidang", 1, 1, "STRUKTURAL"),
  cell(4, "Kepala Seksi", 1, 1, "STRUKTURAL"),
  cell(4, "Pengadministrasi", 2, 3, "PELAKSANA"),
];

describe("layoutBagan", () => {
  it("places units top-down by level, parents centred over their sub-units (worked by hand)", () => {
    const l = layoutBagan(UNITS, CELLS, 1)!;
    // Heights: 40 header + 18 a row (and one of column titles) + 20 footer + 2×4 padding → 2 rows 122, 1 row 104.
    // d3's tidy tree puts Sekretariat and Bidang A 280 + 24 apart, at −152 and +152 around Dinas at 0;
    // the left edge −152 − 140 = −292 moves to the 16 px margin: shift 308.
    const at = Object.fromEntries(l.boxes.map((b) => [b.nama, [b.x, b.y, b.width, b.height]]));
    expect(at).toEqual({
      Dinas: [168, 16, 280, 122],
      Sekretariat: [16, 182, 280, 104], // level 1 at 16 + 122 + 44
      "Bidang A": [320, 182, 280, 104],
      "Seksi A1": [320, 330, 280, 122], // level 2 at 182 + 104 + 44
    });
    expect([l.width, l.height]).toEqual([320 + 280 + 16, 330 + 122 + 16]);
    // Elbow from Dinas's bottom centre (308, 138) to Sekretariat's top centre (156, 182), mid-gap at 160.
    expect(l.edges.find((e) => e.to === 2)!.points).toEqual([[308, 138], [308, 160], [156, 160], [156, 182]]);
    expect(l.edges.map((e) => [e.from, e.to]).sort()).toEqual([[1, 2], [1, 3], [3, 4]]);
  });

  it("lists the head first, then the jabatan with kelas, B, K and the signed selisih; totals by the recap rule", () => {
    const dinas = layoutBagan(UNITS, CELLS, 1)!.boxes.find((b) => b.id === 1)!;
    expect(dinas.rows).toEqual([
      { nama: "Kepala Dinas", kelas: 12, kebutuhan: 1, existing: 1, selisih: 0, kepala: true },
      { nama: "Analis SDM", kelas: 8, kebutuhan: 3, existing: 1, selisih: -2, kepala: false },
    ]);
    // Own cells: K 1 + 3 = 4, B 1 + 1 = 2; the whole subtree as the data layer sent it.
    expect(dinas.total).toMatchObject({ kebutuhan: 4, existing: 2, selisih: -2, kekurangan: 2, kelebihan: 0 });
    expect(dinas.subtree).toEqual({ kebutuhan: 9, existing: 7, selisih: -2 });
    expect(dinas.hasSubunits).toBe(true);
  });

  it("draws only the chosen unit's subtree, and only to maxDepth", () => {
    const bidang = layoutBagan(UNITS, CELLS, 3)!;
    expect(bidang.boxes.map((b) => [b.nama, b.depth, b.x, b.y])).toEqual([
      ["Bidang A", 0, 16, 16],
      ["Seksi A1", 1, 16, 16 + 104 + 44],
    ]);
    const top = layoutBagan(UNITS, CELLS, 1, { maxDepth: 1 })!;
    expect(top.boxes.map((b) => b.nama)).toEqual(["Dinas", "Sekretariat", "Bidang A"]);
    // Bidang A's Seksi is not drawn, but it still has one.
    expect(top.boxes.find((b) => b.id === 3)!.hasSubunits).toBe(true);
    expect(layoutBagan(UNITS, CELLS, 99)).toBeNull();
  });

  it("stacks four or more leaf schools in a column under their parent, one level each", () => {
    const units = [unit(1, null, 1, "Cabang Dinas"), ...[1, 2, 3, 4].map((i) => unit(10 + i, 1, i, `SMA ${i}`, 0, 0, "SEKOLAH"))];
    const cells = units.map((u) => cell(u.id, "Kepala", 1, 1, "STRUKTURAL"));
    const l = layoutBagan(units, cells, 1)!;
    // The column is 280 + 16 indent = 296 wide, centred under the parent at 0: shift 16 + 148 = 164, the
    // parent's box at 164 − 140. The bus runs at 16 + 8 = 24, the boxes at 32, a level each, 104 + 44 apart.
    expect(l.boxes.map((b) => [b.nama, b.x, b.y])).toEqual([
      ["Cabang Dinas", 24, 16],
      ["SMA 1", 32, 164],
      ["SMA 2", 32, 312],
      ["SMA 3", 32, 460],
      ["SMA 4", 32, 608],
    ]);
    // SMA 2's tick meets its box at the middle of its header, 312 + 20; the bus leaves the parent's line mid-gap.
    expect(l.edges.find((e) => e.to === 12)!.points).toEqual([[164, 120], [164, 142], [24, 142], [24, 332], [32, 332]]);
    expect(l.boxes.map((b) => b.depth)).toEqual([0, 1, 1, 1, 1]);
    expect([l.width, l.height]).toEqual([32 + 280 + 16, 608 + 104 + 16]);
    // Four structural bidang stay side by side: one level, 280 + 24 apart.
    const bidang = layoutBagan([unit(1, null, 1, "Badan"), ...[1, 2, 3, 4].map((i) => unit(10 + i, 1, i, `Bidang ${i}`))], [], 1)!;
    expect(bidang.boxes.slice(1).map((b) => [b.x, b.y])).toEqual([[16, 146], [320, 146], [624, 146], [928, 146]]);
  });
  it("starts a second column after six stacked sub-units, and keeps a neighbouring branch clear of both", () => {
    const units = [unit(1, null, 1, "Dinas"), unit(2, 1, 1, "Cabang"), unit(3, 1, 2, "Bidang"), unit(4, 3, 1, "Seksi")];
    for (let i = 1; i <= 7; i++) units.push(unit(10 + i, 2, i, `SMA ${i}`));
    const l = layoutBagan(units, [], 1)!;
    const at = (nama: string) => l.boxes.find((b) => b.nama === nama)!;
    // Empty boxes are 86 high, levels 130 apart. The stack is 2 × (280 + 16) + 24 = 616 wide, under Cabang.
    // Its first row and Seksi are cousins on one level, (616 + 280) / 2 + 2 × 24 = 496 apart, which sets
    // Bidang as far from Cabang (the tidy tree centres each over its single child).
    expect(at("SMA 7").x - at("SMA 1").x).toBe(280 + 16 + 24);
    expect([at("SMA 1").y, at("SMA 7").y, at("SMA 6").y]).toEqual([16 + 2 * 130, 16 + 2 * 130, 16 + 7 * 130]);
    expect(at("Bidang").x + 140 - (at("Cabang").x + 140)).toBe(496);
    // Seksi (under Bidang) sits on SMA 1's level, right of the stack's second column.
    expect(at("Seksi").y).toBe(at("SMA 1").y);
    expect(at("Seksi").x).toBeGreaterThan(at("SMA 7").x + 280);
  });
  it("stacks the leaves of a unit that also has branches, right of those branches", () => {
    const units = [unit(1, null, 1, "Dinas"), unit(2, 1, 1, "Bidang"), unit(6, 2, 1, "Seksi")];
    for (let i = 1; i <= 4; i++) units.push(unit(10 + i, 1, 1 + i, `UPT ${i}`, 0, 0, "UNIT_LAYANAN"));
    const l = layoutBagan(units, [], 1)!;
    // Bidang (280) and the stack (296) are siblings, their children cousins: (280 + 296) / 2 + 48 = 336
    // apart, at −168 and +168; left edge −308 → shift 324. The stack's bus at 324 + 168 − 148 + 8 = 352.
    expect(l.boxes.map((b) => [b.nama, b.x, b.y])).toEqual([
      ["Dinas", 184, 16],
      ["Bidang", 16, 146],
      ["UPT 1", 360, 146],
      ["Seksi", 16, 276],
      ["UPT 2", 360, 276],
      ["UPT 3", 360, 406],
      ["UPT 4", 360, 536],
    ]);
    expect(l.edges.find((e) => e.to === 11)!.points).toEqual([[324, 102], [324, 124], [352, 124], [352, 166], [360, 166]]);
  });
});

describe("paginateBagan", () => {
  // A4 landscape less 8 mm margins: 1062 × 685 px for the drawing.
  const wide = (n: number) => {
    const units = [unit(1, null, 1, "Pemda")];
    for (let i = 1; i <= n; i++) units.push(unit(10 + i, 1, i, `Dinas ${i}`), unit(100 + i, 10 + i, 1, `Bidang ${i}`));
    return units;
  };

  it("keeps a bagan that fits at a readable scale on one page", () => {
    // Five branches; the Bidang are cousins, kept 280 + 2 × 24 = 328 apart, which spreads their Dinas
    // too: 4 × 328 + 280 + 2 × 16 = 1624 px wide → 1062 / 1624 = 0.65.
    const pages = paginateBagan(wide(5), [], 1, "A4");
    expect(pages.map((p) => [p.judul, p.ringkasan, p.layout.boxes.length])).toEqual([["Pemda", false, 11]]);
    expect(pages[0].scale).toBeCloseTo(1062 / 1624, 5);
  });

  it("splits a wider one into a summary page and one page per branch", () => {
    // Eight branches: 7 × 328 + 280 + 32 = 2608 px → 0.41 < 0.55; on A3 (1526 px) 0.59 fits.
    const pages = paginateBagan(wide(8), [], 1, "A4");
    expect(pages.map((p) => [p.judul, p.ringkasan, p.layout.boxes.length])).toEqual([
      ["Pemda", true, 9],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`Dinas ${i}`, false, 2]),
    ]);
    expect(paginateBagan(wide(8), [], 1, "A3").length).toBe(1);
  });

  it("gives many sub-units without branches a sheet of their own, in the columns that fit it best", () => {
    const units = [unit(1, null, 1, "Dinas"), unit(2, 1, 1, "Bidang"), unit(3, 2, 1, "Seksi")];
    const cells: BaganCellInput[] = [];
    for (let i = 1; i <= 8; i++) {
      units.push(unit(10 + i, 1, 1 + i, `Puskesmas ${i}`, 0, 0, "PUSKESMAS"));
      for (let j = 0; j < 10; j++) cells.push(cell(10 + i, `Jabatan ${j}`, 1, 1));
    }
    // A puskesmas box: 40 + 11 × 18 + 20 + 8 = 266 high. Stacked 6 to a column the whole is ~2000 px
    // high, 0.35 on A4; the summary too. Its sheet of puskesmas, r rows of c = ⌈8 / r⌉ columns, is
    // (320c + 8) × (118 + 310r): r 1 → 2568 × 428 (0.41), r 2 → 1288 × 738 (0.82), r 3 → 968 × 1048 (0.65).
    const pages = paginateBagan(units, cells, 1, "A4");
    expect(pages.map((p) => [p.judul, p.ringkasan, p.layout.boxes.length, p.layout.width, p.layout.height])).toEqual([
      ["Dinas", true, 2, 16 + 280 + 16, 16 + 86 + 44 + 86 + 16],
      ["Dinas (unor tanpa sub-unor)", false, 9, 1288, 738],
      ["Bidang", false, 2, 312, 16 + 86 + 44 + 86 + 16],
    ]);
    expect(pages[1].scale).toBe(1062 / 1288);
  });
});
