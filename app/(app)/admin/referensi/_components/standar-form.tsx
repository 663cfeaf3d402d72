"use client";

import { useId, useState, type FormEvent } from "react";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { createStandarAction } from "../actions";

/** ADMIN adds a standard version: versi, date in force, regulation cited and the rule data as JSON. */
export function StandarForm({ contoh }: { contoh: Record<string, string> }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [jenis, setJenis] = useState("SEKOLAH");
  const [aturan, setAturan] = useState(contoh.SEKOLAH ?? "");
  const [ok, setOk] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setOk(null);
    run(
      () => createStandarAction({ jenis, versi: f.get("versi"), berlakuMulai: f.get("berlakuMulai"), sumber: f.get("sumber"), aturan }),
      (d) => setOk(`Versi standar ${d.versi} ditambahkan.`),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="dialog-form" aria-label="Tambah versi standar">
      <div className="field-row">
        <Field id={`${id}-jenis`} label="Jenis standar" errors={fieldErrors.jenis}>
          {(p) => (
            <select
              {...p}
              value={jenis}
              onChange={(e) => {
                setJenis(e.target.value);
                setAturan(contoh[e.target.value] ?? "");
              }}
            >
              <option value="SEKOLAH">Sekolah</option>
              <option value="PUSKESMAS">Puskesmas</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-versi`} label="Versi" errors={fieldErrors.versi}>
          {(p) => <input {...p} name="versi" placeholder="mis. SEKOLAH-2026" autoComplete="off" />}
        </Field>
        <Field id={`${id}-berlaku`} label="Berlaku mulai" errors={fieldErrors.berlakuMulai}>
          {(p) => <input {...p} name="berlakuMulai" type="date" />}
        </Field>
      </div>
      <Field id={`${id}-sumber`} label="Sumber hukum" errors={fieldErrors.sumber}>
        {(p) => <input {...p} name="sumber" placeholder="mis. Permendikdasmen No. … Tahun …" autoComplete="off" />}
      </Field>
      <Field id={`${id}-aturan`} label="Aturan (JSON; diisi dari versi terakhir jenis ini)" errors={fieldErrors.aturan}>
        {(p) => <textarea {...p} rows={14} value={aturan} onChange={(e) => setAturan(e.target.value)} spellCheck={false} style={{ fontFamily: "monospace" }} />}
      </Field>
      {ok && <p role="status">{ok}</p>}
      <FormAlert failure={failure} fields={["jenis", "versi", "berlakuMulai", "sumber", "aturan"]} onReload={() => location.reload()} />
      <DialogButtons pending={pending} submitLabel="Simpan versi" onCancel={() => setAturan(contoh[jenis] ?? "")} />
    </form>
  );
}
