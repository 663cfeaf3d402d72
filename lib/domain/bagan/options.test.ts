import { describe, expect, it } from "vitest";
import { unitOptions, unitTrail, type UnitRef } from "./options";

const u = (id: number, parentId: number | null, urutan: number, nama: string): UnitRef => ({ id, parentId, urutan, nama });
// Pemda ─┬─ Dinas B (urutan 2) ── Bidang B1
//        └─ Dinas A (urutan 1)
// Lepas: its parent 99 is not among the units (inactive), so it is left out.
const UNITS = [u(3, 1, 2, "Dinas B"), u(1, null, 1, "Pemda"), u(4, 3, 1, "Bidang B1"), u(2, 1, 1, "Dinas A"), u(5, 99, 1, "Lepas")];

describe("unitOptions", () => {
  it("lists units depth-first, siblings by urutan, with their depth", () => {
    expect(unitOptions(UNITS)).toEqual([
      { id: 1, nama: "Pemda", depth: 0 },
      { id: 2, nama: "Dinas A", depth: 1 },
      { id: 3, nama: "Dinas B", depth: 1 },
      { id: 4, nama: "Bidang B1", depth: 2 },
    ]);
  });
});

describe("unitTrail", () => {
  it("names the units from the top down to the one asked for", () => {
    expect(unitTrail(UNITS, 4).map((t) => t.nama)).toEqual(["Pemda", "Dinas B", "Bidang B1"]);
    expect(unitTrail(UNITS, 1)).toEqual([{ id: 1, nama: "Pemda" }]);
    expect(unitTrail(UNITS, 42)).toEqual([]);
  });
});
