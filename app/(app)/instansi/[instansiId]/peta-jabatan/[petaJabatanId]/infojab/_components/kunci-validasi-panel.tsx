"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import type { ActionResult } from "@/lib/actions/action-result";

type Run = (input: { petaJabatanId: number; version: number; alasan?: string }) => Promise<ActionResult<{ version: number }>>;

/** Kunci Validasi / Buka Kunci Validasi: the lock state, and the two actions with their dialogs. */
export function KunciValidasiPanel(p: {
  petaJabatanId: number;
  version: number;
  kunci: { oleh: string; pada: string } | null;
  bolehKunci: boolean;
  bolehBuka: boolean;
  belumDisimpan: boolean;
  lock: Run;
  unlock: Run;
  onDone: (version: number, message: string) => void;
  onReload: () => void;
}) {
  const [open, setOpen] = useState<"kunci" | "buka" | null>(null);
  const [alasan, setAlasan] = useState("");
  const { pending, failure, run } = useActionRunner();
  const pada = p.kunci ? new Date(p.kunci.pada).toLocaleString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long", timeStyle: "short" }) : "";

  const finish = (version: number, message: string) => {
    setOpen(null);
    setAlasan("");
    p.onDone(version, message);
  };
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (open === "kunci") run(() => p.lock({ petaJabatanId: p.petaJabatanId, version: p.version }), (r) => finish(r.version, "Informasi jabatan dikunci validasi."));
    else run(() => p.unlock({ petaJabatanId: p.petaJabatanId, version: p.version, alasan }), (r) => finish(r.version, "Kunci validasi dibuka."));
  }

  return (
    <div className="kunci-panel">
      {p.kunci ? (
        <p className="kunci-state" data-testid="kunci-state">
          🔒 Dikunci validasi oleh <strong>{p.kunci.oleh}</strong> pada {pada} WIB. Isi tidak dapat diubah, disimpan atau diimpor.
        </p>
      ) : (
        <p className="muted small" data-testid="kunci-state">Belum dikunci validasi.</p>
      )}
      {p.bolehKunci && (
        <button type="button" onClick={() => setOpen("kunci")} disabled={p.belumDisimpan} title={p.belumDisimpan ? "Simpan perubahan dulu" : undefined}>
          Kunci Validasi
        </button>
      )}
      {p.bolehBuka && <button type="button" onClick={() => setOpen("buka")}>Buka Kunci Validasi</button>}
      {open && (
        <Dialog title={open === "kunci" ? "Kunci Validasi" : "Buka Kunci Validasi"} onClose={() => setOpen(null)}>
          <form onSubmit={submit} noValidate className="dialog-form">
            {open === "kunci" ? (
              <p>Informasi jabatan yang tersimpan akan dibekukan. Perubahan berikutnya memerlukan pembukaan kunci dengan alasan.</p>
            ) : (
              <label>
                Alasan membuka kunci
                <textarea rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} required />
              </label>
            )}
            <FormAlert failure={failure} fields={[]} onReload={p.onReload} />
            <DialogButtons pending={pending} submitLabel={open === "kunci" ? "Kunci" : "Buka Kunci"} onCancel={() => setOpen(null)} />
          </form>
        </Dialog>
      )}
    </div>
  );
}
