import { describe, expect, it } from "vitest";
import { rekapSatuSel, type RekapAngka } from "@/lib/domain/rekap";
import { kelompokkanRekap, peringkatJabatan } from "./ringkasan";
import { statusInfojab } from "./status";

const row = (nama: string, jenis: string, kelas: number, k: number, b: number): RekapAngka & { nama: string; jenis: string; kelas: number } => ({
  nama,
  jenis,
  kelas,
  ...rekapSatuSel({ kebutuhan: k, existing: b }),
});

describe("kelompokkanRekap (hand-worked)", () => {
  it("sums per key, net and gross apart, in the given order", () => {
    // FUNGSIONAL: (K4,B1) short 3 + (K1,B3) excess 2 → K5 B4 net −1, kelebihan 2, kekurangan 3.
    // PELAKSANA: (K2,B2) balanced. STRUKTURAL: (K1,B0) short 1.
    const rows = [row("A", "FUNGSIONAL", 8, 4, 1), row("B", "PELAKSANA", 6, 2, 2), row("C", "FUNGSIONAL", 9, 1, 3), row("D", "STRUKTURAL", 9, 1, 0)];
    const g = kelompokkanRekap(rows, (r) => r.jenis, ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"]);
    expect(g.map((x) => x.kunci)).toEqual(["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"]);
    expect(g[1]).toEqual({ kunci: "FUNGSIONAL", jumlahSel: 2, kebutuhan: 5, existing: 4, selisih: -1, kelebihan: 2, kekurangan: 3, selLebih: 1, selKurang: 1 });
    expect(g[0]).toMatchObject({ kebutuhan: 1, existing: 0, kekurangan: 1 });
    // By kelas, numeric order without a given order: 6, 8, 9 (9 = C + D: K2 B3, kelebihan 2, kekurangan 1).
    const k = kelompokkanRekap(rows, (r) => r.kelas);
    expect(k.map((x) => [x.kunci, x.kebutuhan, x.existing, x.kelebihan, x.kekurangan])).toEqual([
      [6, 2, 2, 0, 0],
      [8, 4, 1, 0, 3],
      [9, 2, 3, 2, 1],
    ]);
  });
});

describe("peringkatJabatan", () => {
  it("lists the largest shortages first, ties by name, and leaves out jabatan without any", () => {
    const rows = [row("Beta", "F", 8, 5, 2), row("Alfa", "F", 8, 4, 1), row("Gama", "F", 8, 9, 1), row("Delta", "F", 8, 1, 1), row("Eta", "F", 8, 0, 4)];
    expect(peringkatJabatan(rows, "kekurangan").map((r) => [r.nama, r.kekurangan])).toEqual([["Gama", 8], ["Alfa", 3], ["Beta", 3]]);
    expect(peringkatJabatan(rows, "kelebihan").map((r) => r.nama)).toEqual(["Eta"]);
    expect(peringkatJabatan(rows, "kekurangan", 2)).toHaveLength(2);
  });
});

describe("statusInfojab", () => {
  it("is Belum diisi without a row, Diisi when saved, Terkunci when locked", () => {
    expect(statusInfojab(null)).toBe("BELUM_DIISI");
    expect(statusInfojab({ lockedAt: null })).toBe("DIISI");
    expect(statusInfojab({ lockedAt: new Date() })).toBe("TERKUNCI");
  });
});
