"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, callAction, useActionRunner, type Failure } from "@/components/forms/form-parts";
import { formatAngka } from "@/lib/format";
import type { InfojabIsi } from "@/lib/validation/infojab";
import type { InfojabActions } from "./infojab-editor";

type Sumber = Extract<Awaited<ReturnType<InfojabActions["listSumber"]>>, { ok: true }>["data"][number];

/** "Salin dari jabatan lain": the same jabatan placed elsewhere, a preview, then one audited copy. */
export function SalinInfojabDialog(p: {
  instansiId: number;
  petaJabatanId: number;
  version: number;
  actions: InfojabActions;
  onClose: () => void;
  onCopied: (version: number, isi: InfojabIsi, kebutuhan: number) => void;
}) {
  const [list, setList] = useState<Sumber[] | null>(null);
  const [pilih, setPilih] = useState<number | null>(null);
  const [preview, setPreview] = useState<InfojabIsi | null>(null);
  const [loadFail, setLoadFail] = useState<Failure | null>(null);
  const { pending, failure, run } = useActionRunner();

  useEffect(() => {
    void callAction(() => p.actions.listSumber({ instansiId: p.instansiId, petaJabatanId: p.petaJabatanId })).then((r) => (r.ok ? setList(r.data) : setLoadFail(r)));
  }, [p.actions, p.instansiId, p.petaJabatanId]);
  useEffect(() => {
    if (pilih === null) return;
    setPreview(null);
    void callAction(() => p.actions.preview({ petaJabatanId: pilih })).then((r) => (r.ok ? setPreview(r.data) : setLoadFail(r)));
  }, [p.actions, pilih]);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pilih === null || !preview) return;
    run(() => p.actions.copy(p.instansiId, { petaJabatanId: p.petaJabatanId, version: p.version, sumberPetaJabatanId: pilih }), (r) => p.onCopied(r.version, preview, r.kebutuhanSesudah));
  }

  return (
    <Dialog title="Salin dari jabatan lain" onClose={p.onClose} width={760}>
      <form onSubmit={submit} noValidate className="dialog-form">
        {list === null && !loadFail && <p className="muted">Memuat…</p>}
        {list?.length === 0 && <p>Belum ada jabatan yang sama dengan informasi jabatan pada unit lain.</p>}
        {list && list.length > 0 && (
          <label>
            Jabatan sumber
            <select value={pilih ?? ""} onChange={(e) => setPilih(e.target.value ? Number(e.target.value) : null)}>
              <option value="">— pilih —</option>
              {list.map((s) => (
                <option key={s.petaJabatanId} value={s.petaJabatanId}>
                  {s.unor} · {s.sendiri ? "instansi ini" : s.instansi} · {formatAngka(s.uraian)} uraian tugas · K {formatAngka(s.kebutuhan)}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview && (
          <div className="salin-preview" aria-label="Pratinjau">
            <p>{preview.ikhtisar || "Tanpa ikhtisar."}</p>
            <ol>{preview.uraianTugas.slice(0, 8).map((t, i) => <li key={i}>{t.uraian}</li>)}</ol>
            {preview.uraianTugas.length > 8 && <p className="muted small">… dan {preview.uraianTugas.length - 8} uraian tugas lainnya.</p>}
            <p className="muted small">Seluruh isi informasi jabatan ini akan diganti dengan salinan sumber.</p>
          </div>
        )}
        <FormAlert failure={failure ?? loadFail} fields={[]} onReload={() => window.location.reload()} />
        <DialogButtons pending={pending} submitLabel="Salin" onCancel={p.onClose} />
      </form>
    </Dialog>
  );
}
