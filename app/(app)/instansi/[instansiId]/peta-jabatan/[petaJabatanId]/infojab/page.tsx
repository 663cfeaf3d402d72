import type { Metadata } from "next";
import Link from "next/link";
import { loadInfojabPage } from "./_components/load-infojab-page";
import { formatAngka, JENIS_JABATAN_LABEL, JENJANG_LABEL } from "@/lib/format";
import { rekapSatuSel } from "@/lib/domain/rekap";
import { UnduhInfojabButton } from "@/components/infojab/unduh-infojab-button";
import { InfojabEditor, type InfojabActions } from "./_components/infojab-editor";
import { UnggahInfojabPanel } from "./_components/unggah-infojab-panel";
import { copyInfojabAction, listSumberSalinAction, lockInfojabAction, previewSumberSalinAction, saveInfojabAction, unlockInfojabAction } from "./actions";

export const metadata: Metadata = { title: "Informasi Jabatan" };

const SUMBER_LABEL = { ABK: "ABK", STRUKTURAL: "struktural", STANDAR_PEMBINA: "standar pembina", MANUAL: "manual" } as const;

const actions: InfojabActions = {
  save: saveInfojabAction,
  lock: lockInfojabAction,
  unlock: unlockInfojabAction,
  copy: copyInfojabAction,
  listSumber: listSumberSalinAction,
  preview: previewSumberSalinAction,
};

export default async function InfojabPage({ params }: { params: Promise<{ instansiId: string; petaJabatanId: string }> }) {
  const data = await loadInfojabPage(params);
  const instansiId = data.instansi.id;
  const petaJabatanId = data.petaJabatanId;
  const { selisih } = rekapSatuSel({ kebutuhan: data.kebutuhan, existing: data.existing });
  const j = data.jabatan;

  return (
    <>
      <p className="muted small">
        <Link href={`/instansi/${instansiId}/unor`}>← {data.instansi.nama}</Link> · {data.unor.path.join(" › ")}
      </p>
      <div className="page-head">
        <div>
          <h1>{j.nama}</h1>
          <p className="muted">
            {JENIS_JABATAN_LABEL[j.jenis] ?? j.jenis}
            {j.jenjang ? ` · ${JENJANG_LABEL[j.jenjang] ?? j.jenjang}` : ""} · kelas {j.kelas ?? "—"} · kode {j.kode} · {data.unor.nama}
          </p>
        </div>
        <dl className="summary" aria-label="Ringkasan jabatan">
          <div>
            <dt>Kebutuhan (K)</dt>
            <dd data-testid="header-k">{formatAngka(data.kebutuhan)}</dd>
            <dd className="muted small" data-testid="header-sumber">
              sumber {SUMBER_LABEL[data.sumberKebutuhan]}
              {data.sumberKebutuhan === "ABK" && data.aturanVersi ? ` · aturan ${data.aturanVersi}` : ""}
            </dd>
          </div>
          <div>
            <dt>Existing (B)</dt>
            <dd>{formatAngka(data.existing)}</dd>
          </div>
          <div>
            <dt>Selisih (B − K)</dt>
            <dd className={selisih < 0 ? "neg" : selisih > 0 ? "pos" : undefined}>{formatAngka(selisih)}</dd>
          </div>
        </dl>
      </div>
      <p className="infojab-links">
        <Link href={`/instansi/${instansiId}/peta-jabatan/${petaJabatanId}/infojab/cetak`}>Cetak</Link>
        {" · "}
        <UnduhInfojabButton href={`/api/v1/instansi/${instansiId}/infojab/export?petaJabatanId=${petaJabatanId}`} label="UNDUH INFOJAB" />
        {" "}
        <UnduhInfojabButton href={`/api/v1/infojab/template?petaJabatanId=${petaJabatanId}`} label="UNDUH TEMPLATE" />
      </p>
      <InfojabEditor data={data} actions={actions} />
      {data.izin.ubah && <UnggahInfojabPanel instansiId={instansiId} />}
    </>
  );
}
