"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormAlert, callAction, type Failure } from "@/components/forms/form-parts";
import type { ActionResult } from "@/lib/actions/action-result";
import type { InfojabPageData } from "@/lib/data/infojab";
import { infojabIsiSchema, type InfojabIsi, type InfojabIsiInput } from "@/lib/validation/infojab";
import * as S from "./sections";
import { TugasPokokSection } from "./tugas-pokok-section";
import { KunciValidasiPanel } from "./kunci-validasi-panel";
import { SalinInfojabDialog } from "./salin-infojab-dialog";
import { useInfojabDraft } from "./use-infojab-draft";

export interface InfojabActions {
  save: (instansiId: number, input: unknown) => Promise<ActionResult<{ version: number; berubah: boolean; kebutuhanSesudah: number }>>;
  lock: (instansiId: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
  unlock: (instansiId: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
  copy: (instansiId: number, input: unknown) => Promise<ActionResult<{ version: number; kebutuhanSesudah: number }>>;
  listSumber: (input: unknown) => Promise<ActionResult<{ petaJabatanId: number; instansi: string; unor: string; uraian: number; kebutuhan: number; sendiri: boolean }[]>>;
  preview: (input: unknown) => Promise<ActionResult<InfojabIsi>>;
}

const TABS = [
  "Data Jabatan", "Tugas Pokok", "Hasil Kerja", "Bahan Kerja", "Perangkat Kerja", "Tanggung Jawab", "Wewenang", "Korelasi Jabatan",
  "Kondisi Lingkungan Kerja", "Risiko Bahaya", "Syarat Jabatan", "Prestasi Kerja Diharapkan", "Kelas Jabatan",
] as const;
type Tab = (typeof TABS)[number];

/** The whole infojab as one form: sections as tabs, Simpan for all of it, the lock, the local draft. */
export function InfojabEditor({ data, actions }: { data: InfojabPageData; actions: InfojabActions }) {
  const router = useRouter();
  const [tab, setTab] = useState<Tab>("Tugas Pokok");
  const [version, setVersion] = useState(data.version);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const [salin, setSalin] = useState(false);
  const form = useForm<InfojabIsiInput, unknown, InfojabIsi>({ resolver: zodResolver(infojabIsiSchema), defaultValues: data.isi, mode: "onBlur" });
  const draft = useInfojabDraft(form, data.petaJabatanId, version);
  const disabled = !data.izin.ubah;

  // A newer version arrived from the server (an Excel import, another tab): take it unless the
  // operator has unsaved typing, which the draft and the version check then protect.
  useEffect(() => {
    if (data.version !== version && !form.formState.isDirty) {
      form.reset(data.isi);
      setVersion(data.version);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new server version matters here
  }, [data.version]);
  const id = data.instansi.id;

  // A stale save keeps the typed rows on screen (and in the draft); "Muat ulang" fetches the newer version.
  const reload = () => window.location.reload();
  const done = (v: number, message: string) => {
    setVersion(v);
    setFailure(null);
    setStatus(message);
    router.refresh();
  };

  const onSave = form.handleSubmit(async (isi) => {
    setPending(true);
    const r = await callAction(() => actions.save(id, { petaJabatanId: data.petaJabatanId, version, isi }));
    setPending(false);
    if (!r.ok) return setFailure(r);
    draft.clear();
    form.reset(isi);
    done(r.data.version, r.data.berubah ? `Tersimpan. Kebutuhan pegawai: ${r.data.kebutuhanSesudah}.` : "Tidak ada perubahan.");
  }, () => setStatus("Periksa isian yang ditandai sebelum menyimpan."));

  const identitas = { ...data.jabatan, unitPath: data.unor.path, instansi: data.instansi.nama };
  return (
    <FormProvider {...form}>
      {draft.offered && !disabled && (
        <div role="alert" className="form-alert">
          <p>
            Ada isian yang belum disimpan dari {new Date(draft.offered.savedAt).toLocaleString("id-ID")}
            {draft.offered.baseVersion !== version ? " (disusun dari versi sebelumnya)" : ""}.
          </p>
          <div className="form-alert-actions">
            <button type="button" onClick={draft.restore}>Pulihkan draf</button>
            <button type="button" className="secondary" onClick={draft.clear}>Buang draf</button>
          </div>
        </div>
      )}
      <KunciValidasiPanel
        petaJabatanId={data.petaJabatanId}
        version={version}
        kunci={data.kunci}
        bolehKunci={data.izin.kunci}
        bolehBuka={data.izin.bukaKunci}
        belumDisimpan={form.formState.isDirty}
        lock={(input) => actions.lock(id, input)}
        unlock={(input) => actions.unlock(id, input)}
        onDone={done}
        onReload={reload}
      />
      <form onSubmit={onSave} noValidate className="infojab-form">
        <div role="tablist" aria-label="Bagian informasi jabatan" className="infojab-tabs">
          {TABS.map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? "active" : undefined} onClick={() => setTab(t)}>
              {t}
            </button>
          ))}
        </div>
        <div role="tabpanel" aria-label={tab} className="infojab-panel">
          {tab === "Data Jabatan" && <S.DataJabatanSection disabled={disabled} identitas={identitas} />}
          {tab === "Tugas Pokok" && <TugasPokokSection disabled={disabled} aturan={data.aturan} existing={data.existing} struktural={data.jabatan.jenis === "STRUKTURAL"} />}
          {tab === "Hasil Kerja" && <S.HasilKerjaSection disabled={disabled} />}
          {tab === "Bahan Kerja" && <S.BahanKerjaSection disabled={disabled} />}
          {tab === "Perangkat Kerja" && <S.PerangkatKerjaSection disabled={disabled} />}
          {tab === "Tanggung Jawab" && <S.TanggungJawabSection disabled={disabled} />}
          {tab === "Wewenang" && <S.WewenangSection disabled={disabled} />}
          {tab === "Korelasi Jabatan" && <S.KorelasiJabatanSection disabled={disabled} />}
          {tab === "Kondisi Lingkungan Kerja" && <S.KondisiLingkunganSection disabled={disabled} />}
          {tab === "Risiko Bahaya" && <S.RisikoBahayaSection disabled={disabled} />}
          {tab === "Syarat Jabatan" && <S.SyaratJabatanSection disabled={disabled} />}
          {tab === "Prestasi Kerja Diharapkan" && <S.PrestasiKerjaSection disabled={disabled} faktorPeriode={data.aturan.faktorPeriode} />}
          {tab === "Kelas Jabatan" && <S.KelasJabatanSection disabled={disabled} kelasKatalog={data.jabatan.kelas} />}
        </div>
        <FormAlert failure={failure} fields={[]} onReload={reload} />
        <p role="status" aria-live="polite" className="status-line">{status}</p>
        {!disabled && (
          <div className="infojab-actions">
            <button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Simpan"}</button>
            <button type="button" className="secondary" onClick={() => setSalin(true)}>Salin dari jabatan lain</button>
          </div>
        )}
      </form>
      {salin && (
        <SalinInfojabDialog
          instansiId={id}
          petaJabatanId={data.petaJabatanId}
          version={version}
          actions={actions}
          onClose={() => setSalin(false)}
          onCopied={(v, isi, k) => {
            setSalin(false);
            form.reset(isi);
            draft.clear();
            done(v, `Informasi jabatan disalin. Kebutuhan pegawai: ${k}.`);
          }}
        />
      )}
    </FormProvider>
  );
}
