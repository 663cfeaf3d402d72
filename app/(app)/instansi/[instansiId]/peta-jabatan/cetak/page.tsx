import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { getPetaJabatan } from "@/lib/data/peta-jabatan";
import { angkaRekap, barisLaporan, JUMLAH_INSTANSI } from "@/lib/domain/peta-jabatan/laporan";
import { tandaSelisih } from "@/lib/domain/peta-jabatan/susun";
import { tanggalCetak } from "@/lib/excel/peta-jabatan/write-workbook";
import { formatAngka } from "@/lib/format";
import { PrintButton } from "@/components/ui/print-button";
import "../_components/peta-jabatan.css";

export const metadata: Metadata = { title: "Cetak Peta Jabatan" };


const Angka = ({ b, k, selisih }: { b: number; k: number; selisih: number }) => (
  <>
    <td className="num">{formatAngka(b)}</td>
    <td className="num">{formatAngka(k)}</td>
    <td className="num">{tandaSelisih(selisih, formatAngka)}</td>
  </>
);

/** The peta jabatan for paper: the Excel layout (JABATAN | KELAS | B | K | +/-), every unit open. */
export default async function CetakPetaJabatanPage({ params }: { params: Promise<{ instansiId: string }> }) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const data = await getPetaJabatan(actor, instansiId);
  if (!data) notFound();
  const rows = [...barisLaporan(data)];
  const pad = (depth: number) => ({ paddingLeft: `${0.4 + depth * 1.2}em` });

  return (
    <>
      <div className="cetak-tools no-print">
        <Link href={`/instansi/${instansiId}/peta-jabatan`}>← Kembali ke Peta Jabatan</Link>
        <PrintButton />
        <span className="muted small">+/− = B − K; tanda + berarti kelebihan, − kekurangan.</span>
      </div>
      <article className="pj-cetak" aria-label={`Cetak peta jabatan ${data.instansi.nama}`}>
        <h1>PETA JABATAN</h1>
        <p className="pj-sub">
          <strong>{data.instansi.nama}</strong>
          <br />
          Keadaan per {tanggalCetak(new Date())}
        </p>
        <table>
          <thead>
            <tr>
              <th>JABATAN</th>
              <th>KELAS</th>
              <th>B</th>
              <th>K</th>
              <th>+/-</th>
            </tr>
          </thead>
          <tbody>
            <tr className="jumlah">
              <td>{JUMLAH_INSTANSI}</td>
              <td />
              <Angka {...angkaRekap(data.total)} />
            </tr>
            {rows.map((r, i) =>
              r.tipe === "unit" ? (
                <tr key={i} className="unit">
                  <td style={pad(r.depth)} colSpan={5}>
                    {r.nama}
                  </td>
                </tr>
              ) : (
                <tr key={i} className={r.tipe === "jumlah" ? "jumlah" : undefined}>
                  <td style={pad(r.depth)}>{r.nama}</td>
                  <td className="num">{r.tipe === "jabatan" ? r.kelas : ""}</td>
                  <Angka {...r} />
                </tr>
              ),
            )}
          </tbody>
        </table>
      </article>
    </>
  );
}
