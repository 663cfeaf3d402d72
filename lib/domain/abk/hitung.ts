import { AppError } from "@/lib/errors";
import {
  ZERO,
  add,
  ceil,
  compare,
  div,
  floor,
  isPositive,
  mul,
  parseDecimal,
  rat,
  roundHalfUp,
  toFraction,
  toNumber,
  type Rational,
} from "./rational";
import { PERIODE, SATUAN_WAKTU, type Pembulatan, type Periode, type PrestasiJabatan, type RuleSet, type SatuanWaktu } from "./rule-set";

/** A number or decimal text (Prisma Decimal arrives as text); read exactly. */
export type Angka = number | string;

export interface TugasInput {
  uraian?: string;
  /** Beban kerja (volume) per `periode`. */
  volume: Angka;
  periode: Periode;
  /** Waktu penyelesaian of one unit of hasil kerja, in `satuanWaktu`. */
  waktu: Angka;
  satuanWaktu: SatuanWaktu;
}

export interface AbkInput {
  tugas: readonly TugasInput[];
  /** Pegawai in the jabatan now (bezetting); EJ needs it. */
  existing?: number | null;
}

/**
 * Every figure twice: as a number for screens and JSON, and in `eksak` as an exact "p/q" fraction
 * (read back with parseFraction) from which explanations are written.
 */
export interface RincianBeban {
  urutan: number;
  uraian: string;
  periode: Periode;
  satuanWaktu: SatuanWaktu;
  volume: number;
  faktorPeriode: number;
  volumeSetahun: number;
  waktu: number;
  waktuMenit: number;
  menitSetahun: number;
  eksak: { volume: string; faktorPeriode: string; volumeSetahun: string; waktu: string; waktuMenit: string; menitSetahun: string };
}

export interface HasilAbk {
  jenis: "ABK";
  versiAturan: string;
  wkeMenit: number;
  pembulatan: Pembulatan;
  rincian: RincianBeban[];
  totalMenit: number;
  /** Σ beban ÷ WKE, unrounded. */
  kebutuhanPecahan: number;
  /** The fraction after the rule's rounding, before the minimum of 1. */
  kebutuhanDibulatkan: number;
  /** True when rounding gave 0 but there is workload, so the minimum of 1 applied. */
  minimumDiterapkan: boolean;
  kebutuhan: number;
  existing: number | null;
  /** Efisiensi jabatan: Σ beban ÷ (existing × WKE); null without existing. */
  ej: number | null;
  pj: PrestasiJabatan | null;
  labelPj: string | null;
  eksak: { totalMenit: string; kebutuhanPecahan: string; ej: string | null };
}

export interface HasilStruktural {
  jenis: "STRUKTURAL";
  kebutuhan: 1;
  penjelasan: string;
}

const MENIT_PER_JAM = rat(60n);

/** Jabatan struktural: one head per unit it leads, not derived from ABK. */
export function kebutuhanStruktural(): HasilStruktural {
  return {
    jenis: "STRUKTURAL",
    kebutuhan: 1,
    penjelasan: "Jabatan struktural: kebutuhan 1 orang untuk unit yang dipimpinnya (tidak dihitung dari ABK).",
  };
}

type FieldErrors = Record<string, string[]>;

function addError(errors: FieldErrors, path: string, message: string) {
  (errors[path] ??= []).push(message);
}

function readPositive(value: Angka, path: string, label: string, errors: FieldErrors): Rational | null {
  const r = typeof value === "number" || typeof value === "string" ? parseDecimal(value) : null;
  if (r === null) addError(errors, path, `${label} harus berupa angka.`);
  else if (!isPositive(r)) addError(errors, path, `${label} harus lebih dari 0.`);
  return r !== null && isPositive(r) ? r : null;
}

interface ExactRule {
  wke: Rational;
  faktor: Record<Periode, Rational>;
  bands: { pj: PrestasiJabatan; min: Rational; minInklusif: boolean; label: string }[];
}

/** The rule set read exactly; a malformed one is refused rather than silently mis-computed. */
function readRule(aturan: RuleSet): ExactRule {
  const errors: FieldErrors = {};
  const wke = Number.isSafeInteger(aturan.wkeMenit) && aturan.wkeMenit > 0 ? rat(aturan.wkeMenit) : null;
  if (!wke) addError(errors, "aturan.wkeMenit", "WKE harus bilangan bulat lebih dari 0.");
  const faktor = {} as Record<Periode, Rational>;
  for (const p of PERIODE) {
    const f = readPositive(aturan.faktorPeriode?.[p], `aturan.faktorPeriode.${p}`, `Faktor periode ${p}`, errors);
    if (f) faktor[p] = f;
  }
  const bands = (aturan.bandEJ ?? []).map((b, i) => {
    const min = parseDecimal(b.min);
    if (min === null) addError(errors, `aturan.bandEJ.${i}.min`, "Batas bawah band EJ harus berupa angka.");
    return { pj: b.pj, min: min ?? ZERO, minInklusif: b.minInklusif, label: b.label };
  });
  if (Object.keys(errors).length || !wke) throw new AppError("INVALID", "Aturan perhitungan tidak sah.", errors);
  return { wke, faktor, bands };
}

function round(x: Rational, mode: Pembulatan): bigint {
  if (mode === "KE_ATAS") return ceil(x);
  if (mode === "KE_BAWAH") return floor(x);
  return roundHalfUp(x);
}

function bandOf(ej: Rational, bands: ExactRule["bands"]) {
  return bands.find((b) => {
    const c = compare(ej, b.min);
    return b.minInklusif ? c >= 0 : c > 0;
  });
}

/**
 * Kebutuhan pegawai of one jabatan by ABK (Permenpan RB 1/2020):
 * beban of a row = volume × faktor periode × waktu (menit); kebutuhan = Σ beban ÷ WKE, rounded by the
 * rule, at least 1 when there is any workload. Exact throughout. Throws AppError INVALID (with
 * fieldErrors such as "tugas.0.volume") for non-numeric, non-finite or non-positive inputs.
 */
export function hitungAbk(input: AbkInput, aturan: RuleSet): HasilAbk {
  const rule = readRule(aturan);
  const errors: FieldErrors = {};
  const existing = input.existing ?? null;
  if (existing !== null && !(Number.isSafeInteger(existing) && existing >= 0)) {
    addError(errors, "existing", "Existing harus bilangan bulat 0 atau lebih.");
  }

  const rincian: RincianBeban[] = [];
  let total = ZERO;
  input.tugas.forEach((t, i) => {
    const volume = readPositive(t.volume, `tugas.${i}.volume`, "Volume", errors);
    const waktu = readPositive(t.waktu, `tugas.${i}.waktu`, "Waktu penyelesaian", errors);
    // Checked against the list, not by lookup, so "constructor" and the like are not periods.
    const periodeSah = PERIODE.includes(t.periode);
    const satuanSah = SATUAN_WAKTU.includes(t.satuanWaktu);
    if (!periodeSah) addError(errors, `tugas.${i}.periode`, "Periode harus TAHUN, BULAN, MINGGU atau HARI.");
    if (!satuanSah) addError(errors, `tugas.${i}.satuanWaktu`, "Satuan waktu harus JAM atau MENIT.");
    if (!volume || !waktu || !periodeSah || !satuanSah) return;
    const faktor = rule.faktor[t.periode];

    const volumeSetahun = mul(volume, faktor);
    const waktuMenit = t.satuanWaktu === "JAM" ? mul(waktu, MENIT_PER_JAM) : waktu;
    const menitSetahun = mul(volumeSetahun, waktuMenit);
    total = add(total, menitSetahun);
    rincian.push({
      urutan: i + 1,
      uraian: t.uraian ?? "",
      periode: t.periode,
      satuanWaktu: t.satuanWaktu,
      volume: toNumber(volume),
      faktorPeriode: toNumber(faktor),
      volumeSetahun: toNumber(volumeSetahun),
      waktu: toNumber(waktu),
      waktuMenit: toNumber(waktuMenit),
      menitSetahun: toNumber(menitSetahun),
      eksak: {
        volume: toFraction(volume),
        faktorPeriode: toFraction(faktor),
        volumeSetahun: toFraction(volumeSetahun),
        waktu: toFraction(waktu),
        waktuMenit: toFraction(waktuMenit),
        menitSetahun: toFraction(menitSetahun),
      },
    });
  });
  if (Object.keys(errors).length) throw new AppError("INVALID", "Data uraian tugas tidak valid.", errors);

  const pecahan = div(total, rule.wke);
  const dibulatkan = round(pecahan, aturan.pembulatan);
  // Any workload needs someone to do it, however small.
  const minimumDiterapkan = isPositive(total) && dibulatkan < 1n;
  const kebutuhan = minimumDiterapkan ? 1n : dibulatkan;

  const ej = existing !== null && existing > 0 ? div(total, mul(rat(existing), rule.wke)) : null;
  const band = ej ? bandOf(ej, rule.bands) : undefined;

  return {
    jenis: "ABK",
    versiAturan: aturan.versi,
    wkeMenit: aturan.wkeMenit,
    pembulatan: aturan.pembulatan,
    rincian,
    totalMenit: toNumber(total),
    kebutuhanPecahan: toNumber(pecahan),
    kebutuhanDibulatkan: Number(dibulatkan),
    minimumDiterapkan,
    kebutuhan: Number(kebutuhan),
    existing,
    ej: ej ? toNumber(ej) : null,
    pj: band?.pj ?? null,
    labelPj: band?.label ?? null,
    eksak: { totalMenit: toFraction(total), kebutuhanPecahan: toFraction(pecahan), ej: ej ? toFraction(ej) : null },
  };
}
