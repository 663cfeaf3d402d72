import { hitungAbk, type Periode, type RuleSet } from "@/lib/domain/abk";
import type { UraianTugasIsi } from "@/lib/validation/infojab";

const PERIODE_LABEL: Record<Periode, string> = { TAHUN: "tahun", BULAN: "bulan", MINGGU: "minggu", HARI: "hari" };
const PEMBULATAN_LABEL: Record<RuleSet["pembulatan"], string> = { KE_ATAS: "ke atas", STANDAR: "standar", KE_BAWAH: "ke bawah" };
const fmt = (n: number, digits = 2) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: digits }).format(n);

/**
 * Part 6 of the printed infojab, the ABK grid. Every figure is hitungAbk's under the rule set the
 * page was given: the document's total, and each row's share as hitungAbk of that row alone, so
 * the paper cannot disagree with the figure the peta jabatan holds.
 */
export function TugasPokokTable({ tugas, aturan }: { tugas: readonly UraianTugasIsi[]; aturan: RuleSet }) {
  if (!tugas.length) return <p>-</p>;
  const total = hitungAbk({ tugas }, aturan);
  const perRow = tugas.map((t) => hitungAbk({ tugas: [t] }, aturan));
  const wkeJam = fmt(total.wkeMenit / 60);
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: "2.2em" }}>No</th>
          <th>Uraian Tugas</th>
          <th>Hasil Kerja</th>
          <th>Jumlah Hasil</th>
          <th>Waktu Penyelesaian (jam)</th>
          <th>Waktu Kerja Efektif (jam)</th>
          <th>Kebutuhan Pegawai</th>
        </tr>
      </thead>
      <tbody>
        {tugas.map((t, i) => {
          const r = perRow[i].rincian[0];
          return (
            <tr key={i}>
              <td className="c">{i + 1}</td>
              <td>{t.uraian}</td>
              <td>{[t.hasilKerja, t.satuan && `(${t.satuan})`].filter(Boolean).join(" ") || "-"}</td>
              <td className="num">
                {fmt(t.volume, 4)} / {PERIODE_LABEL[t.periode]}
                {t.periode !== "TAHUN" && <> (= {fmt(r.volumeSetahun, 4)} setahun)</>}
              </td>
              <td className="num">
                {fmt(r.waktuMenit / 60, 4)}
                {t.satuanWaktu === "MENIT" && <> ({fmt(t.waktu, 4)} menit)</>}
              </td>
              <td className="num">{wkeJam}</td>
              <td className="num">{fmt(perRow[i].kebutuhanPecahan, 4)}</td>
            </tr>
          );
        })}
        <tr>
          <th colSpan={6} style={{ textAlign: "right" }}>
            Jumlah
          </th>
          <td className="num">{fmt(total.kebutuhanPecahan, 4)}</td>
        </tr>
        <tr>
          <th colSpan={6} style={{ textAlign: "right" }}>
            Kebutuhan pegawai (dibulatkan {PEMBULATAN_LABEL[total.pembulatan]}
            {total.minimumDiterapkan ? ", paling sedikit 1 orang" : ""})
          </th>
          <td className="num">
            <strong>{fmt(total.kebutuhan, 0)}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
