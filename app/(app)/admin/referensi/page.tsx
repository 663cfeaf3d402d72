import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { getReferensiAdmin } from "@/lib/data/pembina";
import { formatAngka } from "@/lib/format";
import { KOLOM_REFERENSI } from "@/lib/services/pembina/import-referensi";
import { UnggahReferensiForm } from "./_components/unggah-referensi-form";
import { StandarForm } from "./_components/standar-form";

export const metadata: Metadata = { title: "Referensi Unor Pembina" };

export default async function ReferensiPage() {
  const actor = await requirePageActor();
  const data = await getReferensiAdmin(actor);
  if (!data) forbidden();
  return (
    <>
      <h1>Referensi Unor Pembina</h1>
      <p className="muted">
        Data sekolah (NPSN, jenjang, peserta didik per tingkat) dan fasilitas kesehatan (kode faskes, jenis puskesmas, kelas RS) dari instansi pembina.
        Operator memakainya lewat <strong>Import Unor Pembina</strong> di Dinas Pendidikan / Dinas Kesehatan; kebutuhannya dihitung dengan standar berversi di bawah.
      </p>
      <h2>Data referensi per instansi</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Instansi</th>
            <th scope="col">Kode</th>
            <th scope="col" className="num">Sekolah</th>
            <th scope="col" className="num">Faskes</th>
          </tr>
        </thead>
        <tbody>
          {data.instansi.map((i) => (
            <tr key={i.id}>
              <td>{i.nama}</td>
              <td>{i.kode}</td>
              <td className="num">{formatAngka(i.sekolah)}</td>
              <td className="num">{formatAngka(i.faskes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Impor data referensi</h2>
      <UnggahReferensiForm kolom={{ SEKOLAH: [...KOLOM_REFERENSI.SEKOLAH], FASKES: [...KOLOM_REFERENSI.FASKES] }} />
      <h2>Standar kebutuhan</h2>
      <p className="muted">Standar tidak diubah di tempat: versi baru ditambahkan, dan setiap kebutuhan yang ditempatkan mencatat versi yang dipakai.</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Versi</th>
            <th scope="col">Jenis</th>
            <th scope="col">Berlaku mulai</th>
            <th scope="col">Sumber</th>
          </tr>
        </thead>
        <tbody>
          {data.standar.map((s) => (
            <tr key={s.id}>
              <td>{s.versi}</td>
              <td>{s.jenis === "SEKOLAH" ? "Sekolah" : "Puskesmas"}</td>
              <td>{s.berlakuMulai.toISOString().slice(0, 10)}</td>
              <td>{s.sumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Tambah versi standar</h3>
      <StandarForm contoh={Object.fromEntries(data.standar.map((s) => [s.jenis, s.aturan]))} />
    </>
  );
}
