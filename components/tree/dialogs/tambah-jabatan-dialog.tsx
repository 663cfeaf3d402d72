"use client";

import { useId, useState, type FormEvent } from "react";
import { JENJANG_LABEL } from "@/lib/format";
import { Dialog } from "@/components/ui/dialog";
import { CodeOptions } from "@/components/forms/code-options";
import { JF_JENJANG } from "@/lib/domain/jabatan/jenjang";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { jabatanNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import { JabatanPicker } from "../pickers/jabatan-picker";
import type { JabatanPilihan } from "../unor-editor-actions";
import type { DialogEnv } from "./dialog-env";

/** Menu "Tambah Jabatan Fungsional" / "Tambah Jabatan Pelaksana": place a catalogue jabatan in the unit. */
export function PlaceJabatanDialog({ env, unit, jenis }: { env: DialogEnv; unit: EditorUnitRow; jenis: "FUNGSIONAL" | "PELAKSANA" }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [jabatan, setJabatan] = useState<JabatanPilihan | null>(null);
  const [jenjang, setJenjang] = useState<string>("");
  const title = jenis === "FUNGSIONAL" ? "Tambah Jabatan Fungsional" : "Tambah Jabatan Pelaksana";

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { unorId: unit.id, jabatanId: jabatan?.id ?? 0, kebutuhan: String(f.get("kebutuhan") ?? ""), jenis };
    if (!jabatan) {
      run(async () => ({ ok: false as const, code: "INVALID", error: "Pilih jabatan dari katalog.", fieldErrors: { jabatanId: ["Pilih jabatan dari daftar."] } }), () => {});
      return;
    }
    run(
      () => env.actions.placeJabatan(env.instansiId, input),
      (d) => env.done(`${jabatan.nama} ditambahkan ke ${unit.nama}.`, jabatanNodeId(d.id)),
    );
  }

  return (
    <Dialog title={title} subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        {jenis === "FUNGSIONAL" && (
          <Field id={`${id}-jenjang`} label="Jenjang">
            {(p) => (
              <select
                {...p}
                value={jenjang}
                onChange={(e) => {
                  setJenjang(e.target.value);
                  if (jabatan && e.target.value && jabatan.jenjang !== e.target.value) setJabatan(null);
                }}
              >
                <option value="">Semua jenjang</option>
                <CodeOptions codes={JF_JENJANG} labels={JENJANG_LABEL} />
              </select>
            )}
          </Field>
        )}
        <JabatanPicker
          actions={env.actions}
          jenis={jenis}
          jenjang={jenjang || null}
          label="Jabatan"
          value={jabatan}
          onChange={setJabatan}
          errors={fieldErrors.jabatanId}
          hint={jabatan ? `Kelas jabatan ${jabatan.kelas}${jabatan.jenjang ? ` · ${JENJANG_LABEL[jabatan.jenjang]}` : ""}` : undefined}
        />
        <Field id={`${id}-keb`} label="Kebutuhan" errors={fieldErrors.kebutuhan}>
          {(p) => <input {...p} name="kebutuhan" type="number" min={0} step={1} defaultValue={1} inputMode="numeric" />}
        </Field>
        <FormAlert failure={failure} fields={["jabatanId", "kebutuhan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Tambah" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
