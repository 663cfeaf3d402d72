import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { findInstansi } from "@/lib/data/instansi";
import { listInfoJabatan } from "@/lib/data/info-jabatan";
import { STATUS_INFOJAB, STATUS_INFOJAB_LABEL } from "@/lib/domain/resume/status";
import { infoJabatanFilterSchema, UKURAN_HALAMAN } from "@/lib/validation/daftar-instansi";
import { ServerPager } from "@/components/data-table/server-pager";
import { formatAngka } from "@/lib/format";
import { InfoJabatanFilterForm } from "./_components/info-jabatan-filter-form";
import { InfoJabatanTable } from "./_components/info-jabatan-table";

export const metadata: Metadata = { title: "Info Jabatan" };


export default async function InfoJabatanPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const filter = infoJabatanFilterSchema.parse(await searchParams);
  const [instansi, v] = await Promise.all([findInstansi(actor, instansiId), listInfoJabatan(actor, instansiId, filter)]);
  if (!instansi || !v) notFound();
  const basePath = `/instansi/${instansiId}/info-jabatan`;
  const total = STATUS_INFOJAB.reduce((a, s) => a + v.perStatus[s], 0);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Info Jabatan</h1>
          <p className="muted">
            {instansi.nama} · {formatAngka(total)} jabatan ditempatkan
          </p>
        </div>
      </div>
      <div className="cards" aria-label="Status informasi jabatan">
        {STATUS_INFOJAB.map((s) => (
          <div className="card" key={s}>
            <div className="label">{STATUS_INFOJAB_LABEL[s]}</div>
            <div className="value" data-testid={`infojab-${s}`}>
              {formatAngka(v.perStatus[s])}
            </div>
          </div>
        ))}
      </div>
      {/* Keyed by the filter: a soft navigation (Hapus filter, back) remounts the form with the URL's values. */}
      <InfoJabatanFilterForm key={JSON.stringify(filter)} basePath={basePath} filter={filter} />
      <p role="status" className="muted small" data-testid="info-jabatan-cocok">
        {formatAngka(v.cocok)} jabatan cocok
      </p>
      <InfoJabatanTable instansiId={instansiId} rows={v.rows} />
      <ServerPager
        basePath={basePath}
        query={{ q: filter.q, status: filter.status, sumber: filter.sumber, jenis: filter.jenis }}
        halaman={filter.halaman}
        cocok={v.cocok}
        ukuran={UKURAN_HALAMAN}
      />
    </>
  );
}
