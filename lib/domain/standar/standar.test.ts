import { describe, expect, it } from "vitest";
import {
  STANDAR_PUSKESMAS_75_2014 as PKM,
  STANDAR_SEKOLAH_47_2023 as SEKOLAH,
  bulatkanPenataan,
  hitungKebutuhanPuskesmas,
  hitungKebutuhanSekolah,
  pembinaUnit,
  rombelPerTingkat,
  totalKebutuhan,
} from "./index";

const byKode = (rows: { kodeJabatan: string; kebutuhan: number }[]) => Object.fromEntries(rows.map((r) => [r.kodeJabatan, r.kebutuhan]));

describe("rombel", () => {
  it("is ceil(siswa ÷ maximum size) per tingkat; a tingkat without pupils has none", () => {
    // SD max 28: 56 → 2, 60 → 3 (2.14), 28 → 1, 29 → 2, 0 → 0, 84 → 3.
    expect(rombelPerTingkat([56, 60, 28, 29, 0, 84], 28)).toEqual([2, 3, 1, 2, 0, 3]);
    // SMP max 32: 96 → 3, 100 → 4 (3.125), 64 → 2.
    expect(rombelPerTingkat([96, 100, 64], 32)).toEqual([3, 4, 2]);
    expect(() => rombelPerTingkat([-1], 28)).toThrow(RangeError);
  });
});

describe("penataan rounding", () => {
  const turun = { bawahSatu: 1 as const, lainnya: "KE_BAWAH" as const };
  it("below 1 becomes 1, otherwise down", () => {
    expect(bulatkanPenataan(18, 24, turun)).toBe(1); // 0.75
    expect(bulatkanPenataan(24, 24, turun)).toBe(1);
    expect(bulatkanPenataan(45, 24, turun)).toBe(1); // 1.875
    expect(bulatkanPenataan(135, 24, turun)).toBe(5); // 5.625
    expect(bulatkanPenataan(0, 24, turun)).toBe(0);
  });
  it("is rule data: nearest and up are other versions' choices", () => {
    expect(bulatkanPenataan(36, 24, { bawahSatu: 1, lainnya: "STANDAR" })).toBe(2); // 1.5
    expect(bulatkanPenataan(35, 24, { bawahSatu: 1, lainnya: "STANDAR" })).toBe(1); // 1.458
    expect(bulatkanPenataan(25, 24, { bawahSatu: 1, lainnya: "KE_ATAS" })).toBe(2);
    expect(bulatkanPenataan(10, 24, { bawahSatu: 0, lainnya: "KE_BAWAH" })).toBe(0);
  });
});

describe("SD", () => {
  it("6 tingkat of pupils → 11 rombel → 11 guru kelas, agama 1, PJOK 1, kepala sekolah 1", () => {
    const h = hitungKebutuhanSekolah({ jenjang: "SD", siswaPerTingkat: [56, 60, 28, 29, 0, 84] }, SEKOLAH);
    expect(h.rombelPerTingkat).toEqual([2, 3, 1, 2, 0, 3]);
    expect(h.rombel).toBe(11);
    // Agama: 11 × 4 JP = 44 JP ÷ 24 = 1.83 → 1. PJOK: 11 × 3 = 33 ÷ 24 = 1.375 → 1.
    expect(byKode(h.baris)).toEqual({ "F-GURU-KELAS-AP": 11, "F-GURU-PAI-AP": 1, "F-GURU-PJOK-AP": 1, "F-GURU-KS-AD": 1 });
    expect(h.baris.find((b) => b.kodeJabatan === "F-GURU-PAI-AP")!.rincian).toBe("11 rombel × 4 JP = 44 JP ÷ 24 JP");
  });
  it("a small SD keeps at least one guru agama and one guru PJOK", () => {
    // 6 rombel: PJOK 6 × 3 = 18 JP < 24 → 1 (penataan), agama 6 × 4 = 24 → 1.
    const h = hitungKebutuhanSekolah({ jenjang: "SD", siswaPerTingkat: [10, 12, 8, 9, 11, 7] }, SEKOLAH);
    expect(byKode(h.baris)).toEqual({ "F-GURU-KELAS-AP": 6, "F-GURU-PAI-AP": 1, "F-GURU-PJOK-AP": 1, "F-GURU-KS-AD": 1 });
  });
  it("a large SD: 24 rombel → agama 96 ÷ 24 = 4, PJOK 72 ÷ 24 = 3", () => {
    const h = hitungKebutuhanSekolah({ jenjang: "SD", siswaPerTingkat: [112, 112, 112, 112, 112, 112] }, SEKOLAH);
    expect(byKode(h.baris)).toEqual({ "F-GURU-KELAS-AP": 24, "F-GURU-PAI-AP": 4, "F-GURU-PJOK-AP": 3, "F-GURU-KS-AD": 1 });
    expect(totalKebutuhan(h.baris)).toBe(32);
  });
  it("a school without pupils needs nobody, and the tingkat count must match the jenjang", () => {
    const h = hitungKebutuhanSekolah({ jenjang: "SD", siswaPerTingkat: [0, 0, 0, 0, 0, 0] }, SEKOLAH);
    expect(totalKebutuhan(h.baris)).toBe(0);
    expect(() => hitungKebutuhanSekolah({ jenjang: "SD", siswaPerTingkat: [30, 30, 30] }, SEKOLAH)).toThrow(RangeError);
  });
});

describe("SMP guru mata pelajaran", () => {
  it("9 rombel: Σ (rombel × JP) ÷ 24, rounded down, at least 1", () => {
    const h = hitungKebutuhanSekolah({ jenjang: "SMP", siswaPerTingkat: [96, 100, 64] }, SEKOLAH);
    expect(h.rombel).toBe(9);
    expect(byKode(h.baris)).toEqual({
      "F-GURU-PAI-AP": 1, // 27 JP → 1.125
      "F-GURU-PPKN-AP": 1, // 27
      "F-GURU-BIND-AP": 2, // 54 → 2.25
      "F-GURU-MAT-AP": 1, // 45 → 1.875
      "F-GURU-IPA-AP": 1, // 45
      "F-GURU-IPS-AP": 1, // 36 → 1.5
      "F-GURU-BING-AP": 1, // 36
      "F-GURU-PJOK-AP": 1, // 27
      "F-GURU-SENI-AP": 1, // 27
      "F-GURU-PRAKARYA-AP": 1, // 18 → 0.75 → 1
      "F-GURU-KS-AD": 1,
    });
  });
  it("27 rombel: matematika 27 × 5 = 135 JP ÷ 24 = 5.625 → 5; bahasa Indonesia 162 ÷ 24 = 6.75 → 6", () => {
    const h = hitungKebutuhanSekolah({ jenjang: "SMP", siswaPerTingkat: [288, 288, 288] }, SEKOLAH);
    expect(h.rombel).toBe(27);
    const k = byKode(h.baris);
    expect(k["F-GURU-MAT-AP"]).toBe(5);
    expect(k["F-GURU-BIND-AP"]).toBe(6);
    expect(k["F-GURU-PRAKARYA-AP"]).toBe(2); // 54 → 2.25
  });
});

describe("puskesmas", () => {
  it("perkotaan: non rawat inap 22, rawat inap 31, line by line", () => {
    const nri = hitungKebutuhanPuskesmas({ jenis: "PUSKESMAS_NON_RAWAT_INAP", wilayah: "PERKOTAAN" }, PKM);
    const ri = hitungKebutuhanPuskesmas({ jenis: "PUSKESMAS_RAWAT_INAP", wilayah: "PERKOTAAN" }, PKM);
    expect(nri.map((b) => b.kebutuhan)).toEqual([1, 1, 5, 4, 2, 1, 1, 1, 1, 3, 2]);
    expect(ri.map((b) => b.kebutuhan)).toEqual([2, 1, 8, 7, 2, 1, 1, 2, 2, 3, 2]);
    expect(totalKebutuhan(nri)).toBe(22);
    expect(totalKebutuhan(ri)).toBe(31);
  });
  it("perdesaan has its own column: 19 / 27", () => {
    expect(totalKebutuhan(hitungKebutuhanPuskesmas({ jenis: "PUSKESMAS_NON_RAWAT_INAP", wilayah: "PERDESAAN" }, PKM))).toBe(19);
    expect(totalKebutuhan(hitungKebutuhanPuskesmas({ jenis: "PUSKESMAS_RAWAT_INAP", wilayah: "PERDESAAN" }, PKM))).toBe(27);
  });
  it("does not apply to a rumah sakit", () => {
    expect(() => hitungKebutuhanPuskesmas({ jenis: "RUMAH_SAKIT", wilayah: null }, PKM)).toThrow(RangeError);
  });
});

describe("pembina unit", () => {
  it("recognises Dinas Pendidikan / Dinas Kesehatan and the province's cabang dinas", () => {
    expect(pembinaUnit("Dinas Pendidikan")).toBe("PENDIDIKAN");
    expect(pembinaUnit("Cabang Dinas Pendidikan Wilayah II")).toBe("PENDIDIKAN");
    expect(pembinaUnit("Dinas Kesehatan")).toBe("KESEHATAN");
    expect(pembinaUnit("Bidang Pelayanan Kesehatan")).toBeNull();
    expect(pembinaUnit("Bidang Pembinaan Sekolah Dasar")).toBeNull();
  });
});
