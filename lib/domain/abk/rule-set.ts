/**
 * The ABK rule set: the sources disagree on WKE, rounding and EJ bands, so these are versioned data
 * (AturanPerhitungan), never constants inside the formula. Types mirror the Prisma enums as string
 * literals so that this module stays free of Prisma.
 */
export const PERIODE = ["TAHUN", "BULAN", "MINGGU", "HARI"] as const;
export type Periode = (typeof PERIODE)[number];

export const SATUAN_WAKTU = ["JAM", "MENIT"] as const;
export type SatuanWaktu = (typeof SATUAN_WAKTU)[number];

export const PEMBULATAN = ["KE_ATAS", "STANDAR", "KE_BAWAH"] as const;
export type Pembulatan = (typeof PEMBULATAN)[number];

export const PRESTASI_JABATAN = ["A", "B", "C", "D", "E"] as const;
export type PrestasiJabatan = (typeof PRESTASI_JABATAN)[number];

/** One prestasi jabatan band: EJ belongs here when it meets `min` (≥ when inklusif, > otherwise). */
export interface BandEJ {
  pj: PrestasiJabatan;
  /** Decimal lower bound; number or decimal text, compared exactly. */
  min: number | string;
  minInklusif: boolean;
  label: string;
}

export interface RuleSet {
  versi: string;
  /** Waktu kerja efektif a year, in minutes. */
  wkeMenit: number;
  /** How many of each period make a year. */
  faktorPeriode: Record<Periode, number>;
  pembulatan: Pembulatan;
  /** Highest band first; EJ takes the first band whose lower bound it meets. */
  bandEJ: readonly BandEJ[];
}

/** Common prestasi jabatan table: A > 1.00; B 0.90–1.00; C 0.70–0.89; D 0.50–0.69; E < 0.50. */
export const DEFAULT_BAND_EJ: readonly BandEJ[] = [
  { pj: "A", min: 1.0, minInklusif: false, label: "Sangat Baik" },
  { pj: "B", min: 0.9, minInklusif: true, label: "Baik" },
  { pj: "C", min: 0.7, minInklusif: true, label: "Cukup" },
  { pj: "D", min: 0.5, minInklusif: true, label: "Sedang" },
  { pj: "E", min: 0, minInklusif: true, label: "Kurang" },
];

/** 1,250 jam = 250 hari × 5 jam = 50 minggu × 25 jam: the factors keep the WKE consistent. */
export const DEFAULT_FAKTOR_PERIODE: Readonly<Record<Periode, number>> = { TAHUN: 1, BULAN: 12, MINGGU: 50, HARI: 250 };

/** Permenpan RB No. 1 Tahun 2020: WKE 1,250 jam (75,000 menit) a year. */
export const DEFAULT_RULE_SET: RuleSet = {
  versi: "PERMENPANRB-1-2020",
  wkeMenit: 75_000,
  faktorPeriode: { ...DEFAULT_FAKTOR_PERIODE },
  pembulatan: "KE_ATAS",
  bandEJ: DEFAULT_BAND_EJ,
};

/**
 * Perka BKN No. 19 Tahun 2011: WKE 1,200 jam (72,000 menit), for data computed under the old guidance.
 * Only the WKE is taken from that source; the period factors and bands are the defaults.
 */
export const RULE_SET_PERKA_BKN_19_2011: RuleSet = {
  ...DEFAULT_RULE_SET,
  versi: "PERKABKN-19-2011",
  wkeMenit: 72_000,
};

export interface RuleSetOverride {
  wkeMenit?: number;
  pembulatan?: Pembulatan;
}

/** A caller-adjusted rule set; its versi says so ("…+kustom"), so a figure never passes as official. */
export function overrideRuleSet(base: RuleSet, override: RuleSetOverride | undefined): RuleSet {
  if (!override || (override.wkeMenit === undefined && override.pembulatan === undefined)) return base;
  return {
    ...base,
    versi: `${base.versi}+kustom`,
    wkeMenit: override.wkeMenit ?? base.wkeMenit,
    pembulatan: override.pembulatan ?? base.pembulatan,
  };
}
