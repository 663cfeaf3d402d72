import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { hitungAbk, kebutuhanStruktural, type TugasInput } from "./hitung";
import { jelaskanAbk, jelaskanEj, jelaskanRincian, penjelasanLengkap } from "./penjelasan";
import { DEFAULT_RULE_SET, RULE_SET_PERKA_BKN_19_2011, overrideRuleSet, type Pembulatan, type RuleSet } from "./rule-set";

const tugas = (volume: number | string, periode: TugasInput["periode"], waktu: number | string, satuanWaktu: TugasInput["satuanWaktu"], uraian = "Tugas"): TugasInput => ({
  uraian,
  volume,
  periode,
  waktu,
  satuanWaktu,
});

/** One row of `menit` minutes a year: 1 per tahun × menit. */
const beban = (menit: number | string) => tugas(1, "TAHUN", menit, "MENIT");

const dengan = (pembulatan: Pembulatan): RuleSet => ({ ...DEFAULT_RULE_SET, pembulatan });

function invalid(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("hitungAbk: several rows, mixed periods and units (default rule, WKE 75.000)", () => {
  // 1) 2 per HARI   × 250 = 500 setahun × 1 JAM    (60 menit)  = 30.000 menit
  // 2) 10 per MINGGU × 50 = 500 setahun × 45 MENIT              = 22.500 menit
  // 3) 5 per BULAN   × 12 =  60 setahun × 2,5 JAM  (150 menit)  =  9.000 menit
  // 4) 85 per TAHUN  ×  1 =  85 setahun × 10 JAM   (600 menit)  = 51.000 menit
  // Σ = 112.500 menit; 112.500 ÷ 75.000 = 1,5 → KE_ATAS 2, STANDAR 2, KE_BAWAH 1.
  const rows = [
    tugas(2, "HARI", 1, "JAM", "Memverifikasi berkas"),
    tugas(10, "MINGGU", 45, "MENIT", "Menyusun laporan mingguan"),
    tugas(5, "BULAN", 2.5, "JAM", "Rapat koordinasi"),
    tugas(85, "TAHUN", 10, "JAM", "Menyusun kajian"),
  ];

  it("gives each row's minutes a year, the total and the unrounded fraction", () => {
    const h = hitungAbk({ tugas: rows }, DEFAULT_RULE_SET);
    expect(h.rincian.map((r) => r.menitSetahun)).toEqual([30_000, 22_500, 9_000, 51_000]);
    expect(h.rincian.map((r) => r.volumeSetahun)).toEqual([500, 500, 60, 85]);
    expect(h.rincian.map((r) => r.waktuMenit)).toEqual([60, 45, 150, 600]);
    expect(h.totalMenit).toBe(112_500);
    expect(h.kebutuhanPecahan).toBe(1.5);
    expect(h.eksak).toEqual({ totalMenit: "112500", kebutuhanPecahan: "3/2", ej: null });
    expect(h).toMatchObject({ jenis: "ABK", versiAturan: "PERMENPANRB-1-2020", wkeMenit: 75_000, kebutuhan: 2, minimumDiterapkan: false });
  });

  it.each([
    ["KE_ATAS", 2],
    ["STANDAR", 2],
    ["KE_BAWAH", 1],
  ] as const)("rounds 1,5 %s to %i", (mode, expected) => {
    expect(hitungAbk({ tugas: rows }, dengan(mode)).kebutuhan).toBe(expected);
  });

  it("explains the figure in Indonesian", () => {
    const h = hitungAbk({ tugas: rows, existing: 2 }, DEFAULT_RULE_SET);
    expect(jelaskanAbk(h)).toBe("Σ beban kerja 112.500 menit ÷ WKE 75.000 menit = 1,50 → dibulatkan ke atas = 2 orang");
    expect(jelaskanRincian(h.rincian[0])).toBe("2 per hari × 250 = 500 setahun × 1 jam (60 menit) = 30.000 menit setahun");
    expect(jelaskanRincian(h.rincian[1])).toBe("10 per minggu × 50 = 500 setahun × 45 menit = 22.500 menit setahun");
    expect(jelaskanRincian(h.rincian[2])).toBe("5 per bulan × 12 = 60 setahun × 2,5 jam (150 menit) = 9.000 menit setahun");
    expect(jelaskanRincian(h.rincian[3])).toBe("85 per tahun × 10 jam (600 menit) = 51.000 menit setahun");
    // EJ = 112.500 ÷ (2 × 75.000) = 0,75 → C
    expect(jelaskanEj(h)).toBe("EJ = 112.500 ÷ (2 × 75.000) = 0,75 → PJ C (Cukup)");
    expect(penjelasanLengkap(h)).toEqual([
      "1. Memverifikasi berkas: 2 per hari × 250 = 500 setahun × 1 jam (60 menit) = 30.000 menit setahun",
      "2. Menyusun laporan mingguan: 10 per minggu × 50 = 500 setahun × 45 menit = 22.500 menit setahun",
      "3. Rapat koordinasi: 5 per bulan × 12 = 60 setahun × 2,5 jam (150 menit) = 9.000 menit setahun",
      "4. Menyusun kajian: 85 per tahun × 10 jam (600 menit) = 51.000 menit setahun",
      "Σ beban kerja 112.500 menit ÷ WKE 75.000 menit = 1,50 → dibulatkan ke atas = 2 orang",
      "EJ = 112.500 ÷ (2 × 75.000) = 0,75 → PJ C (Cukup)",
      "Aturan perhitungan: PERMENPANRB-1-2020.",
    ]);
  });
});

describe("hitungAbk: exact boundaries", () => {
  it("gives exactly 1 for 75.000 minutes under KE_ATAS, not 2", () => {
    // 250 per TAHUN × 300 MENIT = 75.000; ÷ 75.000 = 1 exactly.
    const h = hitungAbk({ tugas: [tugas(250, "TAHUN", 300, "MENIT")] }, DEFAULT_RULE_SET);
    expect(h.eksak.kebutuhanPecahan).toBe("1");
    expect(h.kebutuhan).toBe(1);
  });

  it("gives exactly 2 for 150.000 minutes, and 3 for one minute more", () => {
    // 75.000 + 75.000 = 150.000 → 2; 150.001 ÷ 75.000 = 2,0000133… → ceiling 3.
    expect(hitungAbk({ tugas: [beban(75_000), beban(75_000)] }, DEFAULT_RULE_SET).kebutuhan).toBe(2);
    expect(hitungAbk({ tugas: [beban(75_000), beban(75_001)] }, DEFAULT_RULE_SET).kebutuhan).toBe(3);
  });

  it("does not turn 1 into 2 where floating point would (decimal volumes and hours)", () => {
    // 92 per TAHUN × 0,1 JAM (6 menit)                   =    552 menit
    // 94 per BULAN × 12 = 1.128 setahun × 1,1 JAM (66 menit) = 74.448 menit
    // Σ = 75.000 exactly → 1. In floats 92·0,1·60 + 94·12·1,1·60 = 75000.00000000001, whose ceiling is 2.
    expect(Math.ceil((92 * 0.1 * 60 + 94 * 12 * 1.1 * 60) / 75_000)).toBe(2);
    const rows = [tugas(92, "TAHUN", 0.1, "JAM"), tugas(94, "BULAN", 1.1, "JAM")];
    const h = hitungAbk({ tugas: rows }, DEFAULT_RULE_SET);
    expect(h.rincian.map((r) => r.menitSetahun)).toEqual([552, 74_448]);
    expect(h.eksak.totalMenit).toBe("75000");
    expect(h.kebutuhan).toBe(1);
  });

  it("sums 0,1 + 0,2 style volumes exactly, also when they arrive as Decimal text", () => {
    // 0,1 + 0,2 + 0,7 per TAHUN, each × 75.000 menit = 7.500 + 15.000 + 52.500 = 75.000 → 1.
    // Same rows as Prisma Decimal(14,4) text ("0.1000") must give the same.
    const asNumbers = [tugas(0.1, "TAHUN", 75_000, "MENIT"), tugas(0.2, "TAHUN", 75_000, "MENIT"), tugas(0.7, "TAHUN", 75_000, "MENIT")];
    const asText = [tugas("0.1000", "TAHUN", "75000.0000", "MENIT"), tugas("0.2000", "TAHUN", "75000.0000", "MENIT"), tugas("0.7000", "TAHUN", "75000.0000", "MENIT")];
    for (const rows of [asNumbers, asText]) {
      const h = hitungAbk({ tugas: rows }, DEFAULT_RULE_SET);
      expect(h.eksak.totalMenit).toBe("75000");
      expect(h.kebutuhan).toBe(1);
    }
  });

  it("keeps a fraction of a minute exact: 0,5 per HARI × 2,25 MENIT", () => {
    // 0,5 × 250 = 125 setahun × 2,25 menit = 281,25 menit; ÷ 75.000 = 0,00375 → 1 (minimum).
    const h = hitungAbk({ tugas: [tugas("0.5", "HARI", "2.25", "MENIT")] }, DEFAULT_RULE_SET);
    expect(h.totalMenit).toBe(281.25);
    expect(h.eksak.kebutuhanPecahan).toBe("3/800");
    expect(h.kebutuhan).toBe(1);
    expect(jelaskanRincian(h.rincian[0])).toBe("0,5 per hari × 250 = 125 setahun × 2,25 menit = 281,25 menit setahun");
  });
});

describe("hitungAbk: rounding modes and the minimum of 1", () => {
  it("rounds 1,49 STANDAR to 1 (ceiling 2, floor 1)", () => {
    // 149 per TAHUN × 750 MENIT = 111.750; ÷ 75.000 = 1,49.
    const rows = [tugas(149, "TAHUN", 750, "MENIT")];
    expect(hitungAbk({ tugas: rows }, dengan("STANDAR")).kebutuhan).toBe(1);
    expect(hitungAbk({ tugas: rows }, dengan("KE_ATAS")).kebutuhan).toBe(2);
    expect(hitungAbk({ tugas: rows }, dengan("KE_BAWAH")).kebutuhan).toBe(1);
  });

  it("rounds 2,5 STANDAR half up to 3", () => {
    // 187.500 ÷ 75.000 = 2,5 → 3.
    const h = hitungAbk({ tugas: [beban(187_500)] }, dengan("STANDAR"));
    expect(h.kebutuhan).toBe(3);
    expect(jelaskanAbk(h)).toBe("Σ beban kerja 187.500 menit ÷ WKE 75.000 menit = 2,50 → dibulatkan standar (0,5 ke atas) = 3 orang");
  });

  it("needs at least 1 for any workload, even when KE_BAWAH gives 0", () => {
    // 1 menit ÷ 75.000 = 0,0000133… → KE_BAWAH 0 → minimum 1.
    const h = hitungAbk({ tugas: [beban(1)] }, dengan("KE_BAWAH"));
    expect(h).toMatchObject({ kebutuhanDibulatkan: 0, minimumDiterapkan: true, kebutuhan: 1 });
    expect(jelaskanAbk(h)).toBe("Σ beban kerja 1 menit ÷ WKE 75.000 menit ≈ 0,000013 → dibulatkan ke bawah = 0 → minimal 1 orang karena ada beban kerja");
    // 37.499 ÷ 75.000 = 0,4999… → STANDAR 0 → minimum 1.
    expect(hitungAbk({ tugas: [beban(37_499)] }, dengan("STANDAR")).kebutuhan).toBe(1);
  });

  it("needs 0 when there is no uraian tugas at all", () => {
    const h = hitungAbk({ tugas: [] }, DEFAULT_RULE_SET);
    expect(h).toMatchObject({ totalMenit: 0, kebutuhanPecahan: 0, kebutuhan: 0, minimumDiterapkan: false });
    expect(jelaskanAbk(h)).toBe("Belum ada uraian tugas: Σ beban kerja 0 menit, kebutuhan 0 orang.");
  });

  it("shows a non-terminating fraction with ≈ and truncated digits", () => {
    // 25.000 ÷ 75.000 = 1/3 → ≈ 0,3333 → 1.
    expect(jelaskanAbk(hitungAbk({ tugas: [beban(25_000)] }, DEFAULT_RULE_SET))).toBe(
      "Σ beban kerja 25.000 menit ÷ WKE 75.000 menit ≈ 0,3333 → dibulatkan ke atas = 1 orang",
    );
  });
});

describe("hitungAbk: the 72.000-minute rule (Perka BKN 19/2011)", () => {
  it("divides by 72.000 and names its version", () => {
    // 75.000 ÷ 72.000 = 1,041666… → KE_ATAS 2 (under 75.000 it is exactly 1).
    const h = hitungAbk({ tugas: [beban(75_000)] }, RULE_SET_PERKA_BKN_19_2011);
    expect(h).toMatchObject({ wkeMenit: 72_000, versiAturan: "PERKABKN-19-2011", kebutuhan: 2 });
    expect(h.eksak.kebutuhanPecahan).toBe("25/24");
    // 144.000 ÷ 72.000 = 2 exactly → 2.
    expect(hitungAbk({ tugas: [beban(144_000)] }, RULE_SET_PERKA_BKN_19_2011).kebutuhan).toBe(2);
    // EJ = 72.000 ÷ (1 × 72.000) = 1 → B.
    expect(hitungAbk({ tugas: [beban(72_000)], existing: 1 }, RULE_SET_PERKA_BKN_19_2011).pj).toBe("B");
  });

  it("is reachable as an override of the default too", () => {
    const rule = overrideRuleSet(DEFAULT_RULE_SET, { wkeMenit: 72_000 });
    expect(rule.versi).toBe("PERMENPANRB-1-2020+kustom");
    expect(hitungAbk({ tugas: [beban(75_000)] }, rule).kebutuhan).toBe(2);
    expect(overrideRuleSet(DEFAULT_RULE_SET, {})).toBe(DEFAULT_RULE_SET);
  });
});

describe("hitungAbk: efisiensi and prestasi jabatan", () => {
  it("has no EJ when existing is 0 or missing", () => {
    for (const existing of [0, null, undefined]) {
      const h = hitungAbk({ tugas: [beban(75_000)], existing }, DEFAULT_RULE_SET);
      expect(h).toMatchObject({ ej: null, pj: null, labelPj: null });
    }
    expect(jelaskanEj(hitungAbk({ tugas: [beban(1)], existing: 0 }, DEFAULT_RULE_SET))).toBe("EJ tidak dihitung: existing 0 orang.");
    expect(jelaskanEj(hitungAbk({ tugas: [beban(1)] }, DEFAULT_RULE_SET))).toBe("EJ tidak dihitung: existing belum diisi.");
  });

  it.each([
    // [Σ menit, existing, EJ by hand, PJ]
    [75_000, 1, "1", "B"], //        75.000 ÷ 75.000 = 1 exactly: not above 1 → B
    [75_001, 1, "75001/75000", "A"], // 1,0000133… → A
    [675_000, 10, "9/10", "B"], //   675.000 ÷ 750.000 = 0,9 → B (inclusive)
    [674_925, 10, "8999/10000", "C"], // 0,8999 → C
    [525_000, 10, "7/10", "C"], //   0,7 → C
    [524_999, 10, "524999/750000", "D"], // 0,69999… → D
    [375_000, 10, "1/2", "D"], //    0,5 → D
    [374_999, 10, "374999/750000", "E"], // 0,49999… → E
  ] as const)("Σ %i menit with existing %i → EJ %s → %s", (menit, existing, ej, pj) => {
    const h = hitungAbk({ tugas: [beban(menit)], existing }, DEFAULT_RULE_SET);
    expect(h.eksak.ej).toBe(ej);
    expect(h.pj).toBe(pj);
  });

  it("labels the band and explains EJ", () => {
    // 150.000 ÷ (1 × 75.000) = 2 → A (Sangat Baik).
    const h = hitungAbk({ tugas: [beban(150_000)], existing: 1 }, DEFAULT_RULE_SET);
    expect(h).toMatchObject({ ej: 2, pj: "A", labelPj: "Sangat Baik" });
    expect(jelaskanEj(h)).toBe("EJ = 150.000 ÷ (1 × 75.000) = 2,00 → PJ A (Sangat Baik)");
  });

  it("uses the rule's own bands, compared exactly even when written as text", () => {
    const rule: RuleSet = {
      ...DEFAULT_RULE_SET,
      versi: "UJI-BAND",
      bandEJ: [
        { pj: "A", min: "0.3", minInklusif: true, label: "Tinggi" },
        { pj: "E", min: 0, minInklusif: true, label: "Rendah" },
      ],
    };
    // 22.500 ÷ 75.000 = 0,3 exactly → A; 22.499 → E.
    expect(hitungAbk({ tugas: [beban(22_500)], existing: 1 }, rule).pj).toBe("A");
    expect(hitungAbk({ tugas: [beban(22_499)], existing: 1 }, rule)).toMatchObject({ pj: "E", labelPj: "Rendah" });
  });

  it("gives no PJ when EJ is below every band of a partial table", () => {
    const rule: RuleSet = { ...DEFAULT_RULE_SET, bandEJ: [{ pj: "A", min: 1, minInklusif: true, label: "Penuh" }] };
    const h = hitungAbk({ tugas: [beban(1)], existing: 1 }, rule);
    expect(h.pj).toBeNull();
    expect(jelaskanEj(h)).toContain("di luar semua band");
  });
});

describe("hitungAbk: refusing bad input", () => {
  it.each([
    [0, "Volume harus lebih dari 0."],
    [-3, "Volume harus lebih dari 0."],
    ["-0.5", "Volume harus lebih dari 0."],
    [NaN, "Volume harus berupa angka."],
    [Infinity, "Volume harus berupa angka."],
    ["dua", "Volume harus berupa angka."],
    ["", "Volume harus berupa angka."],
  ])("refuses volume %s", (volume, message) => {
    const e = invalid(() => hitungAbk({ tugas: [beban(10), tugas(volume, "TAHUN", 1, "JAM")] }, DEFAULT_RULE_SET));
    expect(e.code).toBe("INVALID");
    expect(e.fieldErrors).toEqual({ "tugas.1.volume": [message] });
  });

  it("collects every bad field of every row", () => {
    const rows = [tugas(1, "TAHUN", 0, "JAM"), { ...tugas(1, "TAHUN", 1, "JAM"), periode: "DEKADE" as never, satuanWaktu: "DETIK" as never }];
    const e = invalid(() => hitungAbk({ tugas: rows, existing: -1 }, DEFAULT_RULE_SET));
    expect(e.fieldErrors).toEqual({
      existing: ["Existing harus bilangan bulat 0 atau lebih."],
      "tugas.0.waktu": ["Waktu penyelesaian harus lebih dari 0."],
      "tugas.1.periode": ["Periode harus TAHUN, BULAN, MINGGU atau HARI."],
      "tugas.1.satuanWaktu": ["Satuan waktu harus JAM atau MENIT."],
    });
  });

  it("does not take an inherited property name for a period", () => {
    const e = invalid(() => hitungAbk({ tugas: [{ ...beban(1), periode: "constructor" as never }] }, DEFAULT_RULE_SET));
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["tugas.0.periode"]);
  });

  it("refuses a non-integer existing and a malformed rule set", () => {
    expect(invalid(() => hitungAbk({ tugas: [beban(1)], existing: 1.5 }, DEFAULT_RULE_SET)).fieldErrors).toHaveProperty("existing");
    const e = invalid(() => hitungAbk({ tugas: [beban(1)] }, { ...DEFAULT_RULE_SET, wkeMenit: 0, faktorPeriode: { ...DEFAULT_RULE_SET.faktorPeriode, HARI: -1 } }));
    expect(e.message).toBe("Aturan perhitungan tidak sah.");
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["aturan.faktorPeriode.HARI", "aturan.wkeMenit"]);
  });
});

describe("kebutuhanStruktural", () => {
  it("is 1 per unit headed, with its reason, not from ABK", () => {
    expect(kebutuhanStruktural()).toEqual({
      jenis: "STRUKTURAL",
      kebutuhan: 1,
      penjelasan: "Jabatan struktural: kebutuhan 1 orang untuk unit yang dipimpinnya (tidak dihitung dari ABK).",
    });
  });
});

describe("explanation figures", () => {
  it("groups thousands with dots, keeps exact decimals and marks inexact ones with ≈", () => {
    // 1.234.567,5 menit: 2.469.135 per tahun × 0,5 menit.
    const h = hitungAbk({ tugas: [tugas(2_469_135, "TAHUN", "0.5", "MENIT")] }, DEFAULT_RULE_SET);
    expect(jelaskanRincian(h.rincian[0])).toBe("2.469.135 per tahun × 0,5 menit = 1.234.567,5 menit setahun");
    const tiny = hitungAbk({ tugas: [tugas("0.3333", "TAHUN", "0.0001", "MENIT")] }, DEFAULT_RULE_SET);
    // 0,3333 × 0,0001 = 0,00003333 menit: more than 4 decimals, so two significant digits → ≈ 0,000033.
    expect(jelaskanRincian(tiny.rincian[0])).toBe("0,3333 per tahun × 0,0001 menit ≈ 0,000033 menit setahun");
  });
});
