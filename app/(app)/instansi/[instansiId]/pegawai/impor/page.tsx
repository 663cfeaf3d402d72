import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { canEditInstansi } from "@/lib/auth/permissions";
import { findInstansi } from "@/lib/data/instansi";
import { ImporPegawaiPanel } from "./_components/impor-pegawai-panel";

export const metadata: Metadata = { title: "Impor Pegawai" };


/** Impor Pegawai: template, upload, preview of the change, then apply; readers see the way in but cannot import. */
export default async function ImporPegawaiPage({ params }: { params: Promise<{ instansiId: string }> }) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const instansi = await findInstansi(actor, instansiId);
  if (!instansi) notFound();
  return (
    <>
      <p className="no-print">
        <Link href={`/instansi/${instansiId}/pegawai`}>← Data Pegawai ASN</Link>
      </p>
      <h1>Impor Pegawai</h1>
      <p className="muted">
        {instansi.nama}. Muat data pegawai dari file .xlsx atau .csv dengan kolom NIP, Nama, Tanggal Lahir, Jenis Kelamin, Jenis, Kode Jabatan, Unor,
        Pendidikan dan TMT Jabatan. Seluruh file diperiksa dulu; file dengan satu masalah saja tidak disimpan sama sekali.
      </p>
      <p>
        <a href={`/api/v1/instansi/${instansiId}/pegawai/template`} download>
          Unduh Template
        </a>{" "}
        <span className="muted">(berisi daftar unor dan jabatan instansi ini)</span>
      </p>
      {canEditInstansi(actor, instansiId) ? (
        <ImporPegawaiPanel instansiId={instansiId} />
      ) : (
        <p className="notice">Peran Anda hanya dapat membaca data instansi ini; impor dilakukan oleh operator instansi.</p>
      )}
    </>
  );
}
