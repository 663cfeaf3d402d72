import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { getPetaJabatan, packPetaJabatan } from "@/lib/data/peta-jabatan";
import { formatAngka } from "@/lib/format";
import { PetaJabatanTable } from "./_components/peta-jabatan-table";
import { Selisih } from "./_components/selisih";
import "./_components/peta-jabatan.css";

export const metadata: Metadata = { title: "Peta Jabatan" };


/** The Peta Jabatan tab: the instansi's totals, then the tree table; exports and print beside it. */
export default async function PetaJabatanPage({ params }: { params: Promise<{ instansiId: string }> }) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const data = await getPetaJabatan(actor, instansiId);
  if (!data) notFound();
  const t = data.total;
  const base = `/instansi/${instansiId}/peta-jabatan`;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Peta Jabatan</h1>
          <p className="muted">
            {data.instansi.nama} · {formatAngka(data.units.length)} unor aktif · {formatAngka(t.jumlahSel)} jabatan ditempatkan
          </p>
        </div>
        <div className="pj-actions">
          <a className="button" href={`/api/v1/instansi/${instansiId}/peta-jabatan/export`} download>
            Unduh Excel
          </a>
          <Link className="button" href={`${base}/cetak`}>
            Cetak
          </Link>
          <Link className="button" href={`${base}/bagan`}>
            Bagan
          </Link>
        </div>
      </div>
      <section className="cards pj-kpi" aria-label="Jumlah instansi">
        <div className="card">
          <div className="label">Kebutuhan (K)</div>
          <div className="value">{formatAngka(t.kebutuhan)}</div>
        </div>
        <div className="card">
          <div className="label">Existing (B)</div>
          <div className="value">{formatAngka(t.existing)}</div>
        </div>
        <div className="card">
          <div className="label">Selisih (B − K)</div>
          <div className="value">
            <Selisih value={t.selisih} />
          </div>
        </div>
        <div className="card">
          <div className="label">Kekurangan / kelebihan (bruto)</div>
          <div className="value">
            {formatAngka(t.kekurangan)} / {formatAngka(t.kelebihan)}
          </div>
          <div className="label">
            {formatAngka(t.selKurang)} jabatan kurang, {formatAngka(t.selLebih)} lebih
          </div>
        </div>
      </section>
      <h2 className="visually-hidden">Tabel peta jabatan</h2>
      <PetaJabatanTable data={packPetaJabatan(data)} />
    </>
  );
}
