import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gabungRekap, rekapSel, rekapSatuSel } from "./gap";
import { proyeksiPensiun, tahunMencapaiBup } from "./pensiun";

describe("rekapSel (hand-worked)", () => {
  it("keeps net and gross apart", () => {
    // Cells: (K 5, B 2) → short 3; (K 1, B 4) → excess 3; (K 2, B 2) → balanced.
    // ΣK 8, ΣB 8, net 0, but gross kelebihan 3 and kekurangan 3: a net balance hides both.
    expect(rekapSel([{ kebutuhan: 5, existing: 2 }, { kebutuhan: 1, existing: 4 }, { kebutuhan: 2, existing: 2 }])).toEqual({
      jumlahSel: 3,
      kebutuhan: 8,
      existing: 8,
      selisih: 0,
      kelebihan: 3,
      kekurangan: 3,
      selLebih: 1,
      selKurang: 1,
    });
  });

  it("gives one cell its own figures", () => {
    expect(rekapSatuSel({ kebutuhan: 0, existing: 2 })).toMatchObject({ selisih: 2, kelebihan: 2, kekurangan: 0, selLebih: 1 });
    expect(rekapSel([])).toMatchObject({ jumlahSel: 0, kebutuhan: 0, selisih: 0 });
  });

  it("is additive over disjoint sets (property)", () => {
    const cell = fc.record({ kebutuhan: fc.nat(50), existing: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(cell), fc.array(cell), (a, b) => {
        expect(gabungRekap([rekapSel(a), rekapSel(b)])).toEqual(rekapSel([...a, ...b]));
      }),
    );
  });

  it("always has selisih = kelebihan − kekurangan (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kebutuhan: fc.nat(50), existing: fc.nat(50) })), (cells) => {
        const r = rekapSel(cells);
        expect(r.selisih).toBe(r.kelebihan - r.kekurangan);
      }),
    );
  });
});

describe("proyeksiPensiun (hand-worked)", () => {
  it("adds each year's retirements to the current gap", () => {
    // K 10, B 7 → gap 3; retirements 2028: 2, 2030: 1.
    const rows = proyeksiPensiun({ kebutuhan: 10, existing: 7 }, new Map([[2028, 2], [2030, 1]]), 2027);
    expect(rows).toEqual([
      { tahun: 2027, pensiun: 0, kebutuhan: 3 },
      { tahun: 2028, pensiun: 2, kebutuhan: 5 },
      { tahun: 2029, pensiun: 0, kebutuhan: 3 },
      { tahun: 2030, pensiun: 1, kebutuhan: 4 },
      { tahun: 2031, pensiun: 0, kebutuhan: 3 },
    ]);
  });

  it("dates BUP by birth year + BUP of the jabatan", () => {
    expect(tahunMencapaiBup(new Date("1969-03-15"), 58)).toBe(2027);
    expect(tahunMencapaiBup(new Date("1967-12-31"), 60)).toBe(2027);
  });
});
