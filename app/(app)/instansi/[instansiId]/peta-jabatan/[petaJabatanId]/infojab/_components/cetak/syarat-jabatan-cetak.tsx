import { BAKAT_KERJA, FUNGSI_PEKERJAAN, MINAT_KERJA, TEMPERAMEN, UPAYA_FISIK, type Kode } from "@/lib/domain/infojab/kode";
import type { InfojabIsi } from "@/lib/validation/infojab";
import { CetakList } from "./cetak-list";

/** Chosen codes with their labels, in the standard list's order ("G: Intelegensia"). */
const kodeLines = (list: readonly Kode[], chosen: readonly string[]) => list.filter((k) => chosen.includes(k.kode)).map((k) => `${k.kode}: ${k.label}`);

/** Part 15 of the printed infojab, Syarat Jabatan a–g. */
export function SyaratJabatanCetak({ syarat }: { syarat: InfojabIsi["syaratJabatan"] }) {
  const kf = syarat.kondisiFisik;
  const fisik: [string, string][] = [
    ["Jenis Kelamin", kf.jenisKelamin],
    ["Umur", kf.umur],
    ["Tinggi Badan", kf.tinggiBadan],
    ["Berat Badan", kf.beratBadan],
    ["Postur Badan", kf.posturBadan],
    ["Penampilan", kf.penampilan],
    ["Keadaan Fisik", kf.keadaanFisik],
  ];
  return (
    <ol className="sub">
      <li>
        Keterampilan Kerja
        <CetakList items={syarat.keterampilan} />
      </li>
      <li>
        Bakat Kerja
        <CetakList items={kodeLines(BAKAT_KERJA, syarat.bakatKerja)} />
      </li>
      <li>
        Temperamen Kerja
        <CetakList items={kodeLines(TEMPERAMEN, syarat.temperamen)} />
      </li>
      <li>
        Minat Kerja
        <CetakList items={kodeLines(MINAT_KERJA, syarat.minat)} />
      </li>
      <li>
        Upaya Fisik
        <CetakList items={kodeLines(UPAYA_FISIK, syarat.upayaFisik)} />
      </li>
      <li>
        Kondisi Fisik
        <table>
          <tbody>
            {fisik.map(([label, value]) => (
              <tr key={label}>
                <td style={{ width: "35%" }}>{label}</td>
                <td>{value.trim() || "-"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </li>
      <li>
        Fungsi Pekerjaan
        <CetakList items={kodeLines(FUNGSI_PEKERJAAN, syarat.fungsiPekerjaan)} />
      </li>
    </ol>
  );
}
