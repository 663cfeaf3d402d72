import type { Metadata } from "next";
import Link from "next/link";
import { JENJANG_LABEL } from "@/lib/domain/jabatan/jenjang";
import { loadInfojabPage } from "../_components/load-infojab-page";
import { CetakList } from "../_components/cetak/cetak-list";
import { CetakTable } from "../_components/cetak/cetak-table";
import { CetakText } from "../_components/cetak/cetak-text";
import { PrintButton } from "@/components/ui/print-button";
import { SyaratJabatanCetak } from "../_components/cetak/syarat-jabatan-cetak";
import { TandaTangan } from "../_components/cetak/tanda-tangan";
import { TugasPokokTable } from "../_components/cetak/tugas-pokok-table";

export const metadata: Metadata = { title: "Cetak Informasi Jabatan" };

const SUMBER_LABEL: Record<string, string> = {
  ABK: "analisis beban kerja",
  STANDAR_PEMBINA: "standar instansi pembina",
  STRUKTURAL: "jabatan struktural",
  MANUAL: "diisi manual",
};

/** The "INFORMASI JABATAN" document of one placed jabatan, for paper (A4) or PDF. */
export default async function CetakInfojabPage({ params }: { params: Promise<{ instansiId: string; petaJabatanId: string }> }) {
  const data = await loadInfojabPage(params);
  const instansiId = data.instansi.id;
  const petaJabatanId = data.petaJabatanId;
  const { isi, jabatan } = data;
  const q = isi.kualifikasi;
  const tingkat = data.unor.tingkat
    .filter((t, i) => !(i === 0 && t.nama === data.instansi.nama))
    .map((t) => ({ label: t.eselon ? JENJANG_LABEL[t.eselon] : "Unit", nama: t.nama }));

  return (
    <>
      <div className="cetak-tools no-print">
        <Link href={`/instansi/${instansiId}/peta-jabatan/${petaJabatanId}/infojab`}>← Kembali ke Informasi Jabatan</Link>
        <PrintButton />
        {!data.kunci && <span className="muted small">Informasi jabatan ini belum dikunci validasi.</span>}
      </div>
      <article className="cetak-doc" aria-label={`Informasi jabatan ${jabatan.nama}`}>
        <h1>INFORMASI JABATAN</h1>
        <ol className="cetak-parts">
          <li>
            <span className="part-title">Nama Jabatan</span>: {jabatan.nama}
          </li>
          <li>
            <span className="part-title">Kode Jabatan</span>: {jabatan.kode || "-"}
          </li>
          <li>
            <span className="part-title">Unit Kerja</span>
            {/* The document's form: the instansi, then each level of the unit by the eselon of its head, from
                the top down (a unit without a structural head, e.g. a puskesmas, as "Unit"). A root unit that
                only repeats the instansi's name is not a level of its own. */}
            <table className="unit-lines">
              <tbody>
                {[{ label: "Instansi", nama: data.instansi.nama }, ...tingkat].map((t, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {String.fromCharCode(97 + i)}. {t.label}
                    </th>
                    <td>: {t.nama}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
          <li>
            <span className="part-title">Ikhtisar Jabatan</span>
            <CetakText>{isi.ikhtisar}</CetakText>
          </li>
          <li>
            <span className="part-title">Kualifikasi Jabatan</span>
            <ol className="sub">
              <li>
                Pendidikan Formal: {q.pendidikanFormal.trim() || "-"}
              </li>
              <li>
                Pendidikan dan Pelatihan
                <CetakList items={q.pelatihan} />
              </li>
              <li>
                Pengalaman Kerja
                <CetakList items={q.pengalaman} />
              </li>
            </ol>
          </li>
          <li>
            <span className="part-title">Tugas Pokok</span>
            <TugasPokokTable tugas={isi.uraianTugas} aturan={data.aturan} />
            {data.sumberKebutuhan !== "ABK" && (
              <p>
                Kebutuhan pada peta jabatan: {data.kebutuhan} orang ({SUMBER_LABEL[data.sumberKebutuhan] ?? data.sumberKebutuhan}).
              </p>
            )}
          </li>
          <li>
            <span className="part-title">Hasil Kerja</span>
            <CetakTable head={["Hasil Kerja", "Satuan"]} rows={isi.hasilKerja.map((r) => [r.hasil, r.satuan])} />
          </li>
          <li>
            <span className="part-title">Bahan Kerja</span>
            <CetakTable head={["Bahan Kerja", "Penggunaan dalam Tugas"]} rows={isi.bahanKerja.map((r) => [r.bahan, r.penggunaan])} />
          </li>
          <li>
            <span className="part-title">Perangkat Kerja</span>
            <CetakTable head={["Perangkat Kerja", "Penggunaan untuk Tugas"]} rows={isi.perangkatKerja.map((r) => [r.perangkat, r.penggunaan])} />
          </li>
          <li>
            <span className="part-title">Tanggung Jawab</span>
            <CetakList items={isi.tanggungJawab} />
          </li>
          <li>
            <span className="part-title">Wewenang</span>
            <CetakList items={isi.wewenang} />
          </li>
          <li>
            <span className="part-title">Korelasi Jabatan</span>
            <CetakTable head={["Jabatan", "Unit Kerja/Instansi", "Dalam Hal"]} rows={isi.korelasiJabatan.map((r) => [r.jabatan, r.unitKerja, r.dalamHal])} />
          </li>
          <li>
            <span className="part-title">Kondisi Lingkungan Kerja</span>
            <CetakTable head={["Aspek", "Faktor"]} rows={isi.kondisiLingkungan.map((r) => [r.aspek, r.faktor])} />
          </li>
          <li>
            <span className="part-title">Risiko Bahaya</span>
            <CetakTable head={["Fisik/Mental", "Penyebab"]} rows={isi.risikoBahaya.map((r) => [r.risiko, r.penyebab])} />
          </li>
          <li>
            <span className="part-title">Syarat Jabatan</span>
            <SyaratJabatanCetak syarat={isi.syaratJabatan} />
          </li>
          <li>
            <span className="part-title">Prestasi Kerja yang Diharapkan</span>
            <CetakText>{isi.prestasiKerja}</CetakText>
          </li>
          <li>
            <span className="part-title">Kelas Jabatan</span>: {isi.kelasJabatan ?? jabatan.kelas ?? "-"}
          </li>
        </ol>
        <TandaTangan />
      </article>
    </>
  );
}
