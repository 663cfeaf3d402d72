import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { canEditInstansi } from "@/lib/auth/permissions";
import { findInstansi } from "@/lib/data/instansi";
import { getUnorEditorData } from "@/lib/data/unor";
import { UnorTreeEditor } from "@/components/tree/unor-tree-editor";
import type { UnorEditorActions } from "@/components/tree/unor-editor-actions";
import { packEditorData } from "@/lib/domain/tree/editor-tree";
import { formatAngka, JENIS_INSTANSI_LABEL } from "@/lib/format";
import { getRekapInstansi } from "@/lib/data/rekap";
import {
  createUnorStrukturalAction,
  deleteUnorAction,
  moveUnorAction,
  placeJabatanAction,
  removePetaJabatanAction,
  renameUnorAction,
  replicateJabatanAction,
  searchInstansiAction,
  searchJabatanAction,
  searchUnorSumberAction,
  setUnorAktifAction,
  updateKebutuhanAction,
} from "./actions";

export const metadata: Metadata = { title: "Peta Jabatan" };


const actions: UnorEditorActions = {
  createUnorStruktural: createUnorStrukturalAction,
  renameUnor: renameUnorAction,
  moveUnor: moveUnorAction,
  setUnorAktif: setUnorAktifAction,
  deleteUnor: deleteUnorAction,
  placeJabatan: placeJabatanAction,
  removePetaJabatan: removePetaJabatanAction,
  updateKebutuhan: updateKebutuhanAction,
  replicateJabatan: replicateJabatanAction,
  searchJabatan: searchJabatanAction,
  searchInstansi: searchInstansiAction,
  searchUnorSumber: searchUnorSumberAction,
};

export default async function UnorPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const includeInactive = (await searchParams).nonaktif === "1";
  const [instansi, data, rekap] = await Promise.all([
    findInstansi(actor, instansiId),
    getUnorEditorData(actor, instansiId, { includeInactive }),
    getRekapInstansi(actor, instansiId),
  ]);
  if (!instansi || !data || !rekap) notFound();

  // The instansi's figures are its recap, the same the dashboard and the list show: inactive units
  // count in none of them, whether or not they are shown here.
  const { kebutuhan, existing, selisih, jumlahSel: jabatan } = rekap.total;
  const jumlahUnorAktif = data.units.filter((u) => u.aktif).length;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{instansi.nama}</h1>
          <p className="muted">
            {JENIS_INSTANSI_LABEL[instansi.jenis]} · {instansi.wilayah ?? "—"} · {formatAngka(jumlahUnorAktif)} unor aktif · {formatAngka(jabatan)} jabatan ditempatkan
          </p>
        </div>
        <dl className="summary" aria-label="Ringkasan peta jabatan">
          <div>
            <dt>Kebutuhan</dt>
            <dd>{formatAngka(kebutuhan)}</dd>
          </div>
          <div>
            <dt>Existing</dt>
            <dd>{formatAngka(existing)}</dd>
          </div>
          <div>
            <dt>Selisih (B − K)</dt>
            <dd className={selisih < 0 ? "neg" : selisih > 0 ? "pos" : undefined}>{formatAngka(selisih)}</dd>
          </div>
        </dl>
      </div>
      <h2 className="visually-hidden">Struktur Unor</h2>
      <UnorTreeEditor
        instansiId={instansiId}
        data={packEditorData(data.units, data.cells)}
        canEdit={canEditInstansi(actor, instansiId)}
        includeInactive={includeInactive}
        actions={actions}
      />
    </>
  );
}
