"use client";

import { useId, useState, type FormEvent } from "react";
import { JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";
import { Dialog } from "@/components/ui/dialog";
import { CodeOptions } from "@/components/forms/code-options";
import { JENIS_UNOR } from "@/lib/validation/unor";
import { ESELON } from "@/lib/domain/jabatan/jenjang";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { eselonBawah, unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import { UnitPicker } from "../pickers/unit-picker";
import { JabatanPicker } from "../pickers/jabatan-picker";
import type { JabatanPilihan } from "../unor-editor-actions";
import type { DialogEnv } from "./dialog-env";

/** Menu "Tambah Unor Struktural": a new unit under `parent` with its head's jabatan. */
export function CreateUnorDialog({ env, parent }: { env: DialogEnv; parent: EditorUnitRow }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [parentId, setParentId] = useState<number | null>(parent.id);
  const [eselon, setEselon] = useState<string>(eselonBawah(parent.eselon));
  const [kepala, setKepala] = useState<JabatanPilihan | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = {
      instansiId: env.instansiId,
      parentId: parentId ?? 0,
      nama: String(f.get("nama") ?? ""),
      jenis: String(f.get("jenis") ?? ""),
      eselon,
      jabatanKepalaId: kepala?.id,
      dasarHukumNomor: String(f.get("dasarHukumNomor") ?? ""),
      dasarHukumTanggal: String(f.get("dasarHukumTanggal") ?? ""),
    };
    run(
      () => env.actions.createUnorStruktural(env.instansiId, input),
      (d) => env.done(`Unor "${d.unor.nama}" ditambahkan beserta jabatan kepalanya.`, unorNodeId(d.unor.id)),
    );
  }

  return (
    <Dialog title="Tambah Unor Struktural" subtitle={<>Di bawah: {parent.nama}</>} onClose={env.close} width={620}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field id={`${id}-nama`} label="Nama unor" errors={fieldErrors.nama}>
          {(p) => <input {...p} name="nama" autoComplete="off" />}
        </Field>
        <div className="field-row">
          <Field id={`${id}-jenis`} label="Jenis unor" errors={fieldErrors.jenis}>
            {(p) => (
              <select {...p} name="jenis" defaultValue="STRUKTURAL">
                <CodeOptions codes={JENIS_UNOR} labels={JENIS_UNOR_LABEL} />
              </select>
            )}
          </Field>
          <Field id={`${id}-eselon`} label="Jenjang jabatan kepala (eselon)" errors={fieldErrors.eselon}>
            {(p) => (
              <select
                {...p}
                name="eselon"
                value={eselon}
                onChange={(e) => {
                  setEselon(e.target.value);
                  if (kepala && kepala.jenjang !== e.target.value) setKepala(null);
                }}
              >
                <CodeOptions codes={ESELON} labels={JENJANG_LABEL} />
              </select>
            )}
          </Field>
        </div>
        <JabatanPicker
          actions={env.actions}
          jenis="STRUKTURAL"
          jenjang={eselon}
          label="Jabatan kepala unor"
          value={kepala}
          onChange={setKepala}
          errors={fieldErrors.jabatanKepalaId}
          hint="Jabatan struktural pimpinan unor ini, ditempatkan dengan kebutuhan 1. Pilih dari katalog sesuai jenjang di atas."
        />
        <UnitPicker tree={env.tree} label="Unor atasan" value={parentId} onChange={setParentId} errors={fieldErrors.parentId} />
        <div className="field-row">
          <Field id={`${id}-dhn`} label="Nomor dasar hukum" errors={fieldErrors.dasarHukumNomor}>
            {(p) => <input {...p} name="dasarHukumNomor" placeholder="mis. Perda No. 5 Tahun 2024" autoComplete="off" />}
          </Field>
          <Field id={`${id}-dht`} label="Tanggal dasar hukum" errors={fieldErrors.dasarHukumTanggal}>
            {(p) => <input {...p} name="dasarHukumTanggal" type="date" />}
          </Field>
        </div>
        <FormAlert
          failure={failure}
          fields={["nama", "jenis", "eselon", "jabatanKepalaId", "parentId", "dasarHukumNomor", "dasarHukumTanggal"]}
          onReload={env.reload}
        />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
