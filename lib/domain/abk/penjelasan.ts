/** "How was this number reached": Indonesian text written from the exact figures of a result. */
import { formatExact, formatRatio, equalsSign } from "./format";
import type { HasilAbk, RincianBeban } from "./hitung";
import { parseFraction } from "./rational";
import type { Pembulatan, Periode } from "./rule-set";

const PERIODE_TEKS: Record<Periode, string> = { TAHUN: "tahun", BULAN: "bulan", MINGGU: "minggu", HARI: "hari" };

const PEMBULATAN_TEKS: Record<Pembulatan, string> = {
  KE_ATAS: "dibulatkan ke atas",
  STANDAR: "dibulatkan standar (0,5 ke atas)",
  KE_BAWAH: "dibulatkan ke bawah",
};

/** A figure as text, marked "≈" when it has more decimals than shown. */
function figure(fraction: string): string {
  const f = formatExact(parseFraction(fraction));
  return f.exact ? f.text : `≈ ${f.text}`;
}

/** "= 4.320" or "≈ 0,000033": the right-hand side of a step. */
const result = (fraction: string): string => equalsSign(formatExact(parseFraction(fraction)));

/** A whole number from the rule or the input (WKE, existing). */
const wholeNumber = (n: number) => figure(String(n));

/** e.g. "12 per bulan × 12 = 144 setahun × 30 menit = 4.320 menit setahun". */
export function jelaskanRincian(r: RincianBeban): string {
  const e = r.eksak;
  const volume =
    r.periode === "TAHUN"
      ? `${figure(e.volume)} per tahun`
      : `${figure(e.volume)} per ${PERIODE_TEKS[r.periode]} × ${figure(e.faktorPeriode)} ${result(e.volumeSetahun)} setahun`;
  const waktu = r.satuanWaktu === "JAM" ? `${figure(e.waktu)} jam (${figure(e.waktuMenit)} menit)` : `${figure(e.waktu)} menit`;
  return `${volume} × ${waktu} ${result(e.menitSetahun)} menit setahun`;
}

/** e.g. "Σ beban kerja 112.500 menit ÷ WKE 75.000 menit = 1,50 → dibulatkan ke atas = 2 orang". */
export function jelaskanAbk(h: HasilAbk): string {
  if (h.rincian.length === 0) return "Belum ada uraian tugas: Σ beban kerja 0 menit, kebutuhan 0 orang.";
  const pecahan = formatRatio(parseFraction(h.eksak.kebutuhanPecahan));
  const bulat = `${PEMBULATAN_TEKS[h.pembulatan]} = ${h.kebutuhanDibulatkan}`;
  const akhir = h.minimumDiterapkan
    ? `${bulat} → minimal 1 orang karena ada beban kerja`
    : `${bulat} orang`;
  return `Σ beban kerja ${figure(h.eksak.totalMenit)} menit ÷ WKE ${wholeNumber(h.wkeMenit)} menit ${equalsSign(pecahan)} → ${akhir}`;
}

/** e.g. "EJ = 112.500 ÷ (2 × 75.000) = 0,75 → PJ C (Cukup)". */
export function jelaskanEj(h: HasilAbk): string {
  if (h.existing === null) return "EJ tidak dihitung: existing belum diisi.";
  if (h.existing === 0 || h.eksak.ej === null) return "EJ tidak dihitung: existing 0 orang.";
  const ej = formatRatio(parseFraction(h.eksak.ej));
  const pj = h.pj ? ` → PJ ${h.pj} (${h.labelPj})` : " → di luar semua band prestasi jabatan";
  return `EJ = ${figure(h.eksak.totalMenit)} ÷ (${h.existing} × ${wholeNumber(h.wkeMenit)}) ${equalsSign(ej)}${pj}`;
}

/** The whole explanation, one line each: rows, the total and rounding, EJ, the rule version. */
export function penjelasanLengkap(h: HasilAbk): string[] {
  return [
    ...h.rincian.map((r) => `${r.urutan}. ${r.uraian ? `${r.uraian}: ` : ""}${jelaskanRincian(r)}`),
    jelaskanAbk(h),
    jelaskanEj(h),
    `Aturan perhitungan: ${h.versiAturan}.`,
  ];
}
