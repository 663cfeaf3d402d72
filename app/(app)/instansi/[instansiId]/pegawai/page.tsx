import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { canEditInstansi } from "@/lib/auth/permissions";
import { findInstansi } from "@/lib/data/instansi";
import { findUnorFilter, getRingkasanPegawai, listPegawai, listUnorTanpaKebutuhan } from "@/lib/data/pegawai";
import { formatAngka } from "@/lib/format";
import { FilterForm } from "./_components/filter-form";
import { KartuMasalah } from "./_components/kartu-masalah";
import { Pager } from "./_components/pager";
import { PegawaiTable } from "./_components/pegawai-table";
import { UnorTanpaKebutuhanTable } from "./_components/unor-tanpa-kebutuhan-table";
import { hrefPegawai, parsePegawaiQuery, PER_HALAMAN, toFilter } from "./_components/query";
import css from "./_components/pegawai.module.css";

export const metadata: Metadata = { title: "Data Pegawai ASN" };


/**
 * Data Pegawai ASN: the flags that show where the map is not current (count cards, each opening its
 * list with a fix per row), the PNS summary lines, and the instansi's pegawai a page at a time.
 * Read-only for every role; editors get the way to Impor Pegawai.
 */
export default async function PegawaiPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const query = parsePegawaiQuery(await searchParams);
  const daftarUnor = query.masalah === "unor-tanpa-kebutuhan";
  const [instansi, ringkasan, unor, pegawai, unorTanpaKebutuhan] = await Promise.all([
    findInstansi(actor, instansiId),
    getRingkasanPegawai(actor, instansiId),
    query.unor !== undefined ? findUnorFilter(actor, instansiId, query.unor) : null,
    daftarUnor ? null : listPegawai(actor, instansiId, toFilter(query)),
    daftarUnor ? listUnorTanpaKebutuhan(actor, instansiId, { halaman: query.hal, perHalaman: PER_HALAMAN }) : null,
  ]);
  if (!instansi || !ringkasan) notFound();
  const canEdit = canEditInstansi(actor, instansiId);
  const daftar = pegawai ?? unorTanpaKebutuhan;
  const hrefHal = (hal: number) => hrefPegawai(instansiId, query, { hal });

  return (
    <>
      <div className={css.head}>
        <div>
          <h1>Data Pegawai ASN</h1>
          <p className="muted">
            {instansi.nama} · {formatAngka(ringkasan.jumlahAktif)} pegawai aktif
            {ringkasan.jumlahNonaktif > 0 && <> · {formatAngka(ringkasan.jumlahNonaktif)} nonaktif</>}
          </p>
        </div>
        {canEdit ? (
          <Link className={`button ${css.importLink}`} href={`/instansi/${instansiId}/pegawai/impor`}>
            Impor Pegawai
          </Link>
        ) : (
          <p className="muted small">Anda hanya dapat melihat data pegawai instansi ini.</p>
        )}
      </div>
      <KartuMasalah instansiId={instansiId} ringkasan={ringkasan} query={query} />
      <section className="panel" aria-labelledby="daftar-judul">
        <h2 id="daftar-judul" style={{ marginTop: 0 }}>
          {daftarUnor ? "Unor berpegawai tanpa kebutuhan" : "Daftar pegawai"}
        </h2>
        <FilterForm instansiId={instansiId} query={query} unor={unor} />
        {pegawai && (
          <PegawaiTable instansiId={instansiId} rows={pegawai.rows} denganSaran={!!query.masalah && query.masalah !== "sesuai"} canEdit={canEdit} hariIni={new Date()} />
        )}
        {unorTanpaKebutuhan && <UnorTanpaKebutuhanTable instansiId={instansiId} rows={unorTanpaKebutuhan.rows} canEdit={canEdit} />}
        {daftar && <Pager halaman={query.hal} perHalaman={PER_HALAMAN} total={daftar.total} href={hrefHal} />}
      </section>
    </>
  );
}
