import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { findInstansi } from "@/lib/data/instansi";
import { listDataUnor } from "@/lib/data/data-unor";
import { dataUnorFilterSchema, UKURAN_HALAMAN } from "@/lib/validation/daftar-instansi";
import { ServerPager } from "@/components/data-table/server-pager";
import { formatAngka } from "@/lib/format";
import { DataUnorFilterForm } from "./_components/data-unor-filter-form";
import { DataUnorTable } from "./_components/data-unor-table";

export const metadata: Metadata = { title: "Data Unor" };


export default async function DataUnorPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const filter = dataUnorFilterSchema.parse(await searchParams);
  const [instansi, v] = await Promise.all([findInstansi(actor, instansiId), listDataUnor(actor, instansiId, filter)]);
  if (!instansi || !v) notFound();
  const basePath = `/instansi/${instansiId}/data-unor`;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Data Unor</h1>
          <p className="muted">
            {instansi.nama} · {formatAngka(v.ringkasan.total)} unor: {formatAngka(v.ringkasan.aktif)} aktif, {formatAngka(v.ringkasan.nonaktif)} nonaktif
          </p>
        </div>
      </div>
      {/* Keyed by the filter: a soft navigation (Hapus filter, back) remounts the form with the URL's values. */}
      <DataUnorFilterForm key={JSON.stringify(filter)} basePath={basePath} filter={filter} />
      <p role="status" className="muted small" data-testid="data-unor-cocok">
        {formatAngka(v.cocok)} unor cocok
      </p>
      <DataUnorTable instansiId={instansiId} rows={v.rows} />
      <ServerPager basePath={basePath} query={{ q: filter.q, jenis: filter.jenis, status: filter.status }} halaman={filter.halaman} cocok={v.cocok} ukuran={UKURAN_HALAMAN} />
    </>
  );
}
