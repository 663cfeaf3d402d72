"use client";

import { useId, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Ubah Nama": typo fixes only, with a recorded reason. */
export function RenameDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { unorId: unit.id, version: unit.version, nama: String(f.get("nama") ?? ""), alasan: String(f.get("alasan") ?? "") };
    run(
      () => env.actions.renameUnor(env.instansiId, input),
      (d) => env.done(`Nama unor diubah menjadi "${d.nama}".`, unorNodeId(d.id)),
    );
  }

  return (
    <Dialog title="Ubah Nama" subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p className="note" id={`${id}-note`}>
          Ubah nama hanya untuk memperbaiki salah ketik. Perubahan nomenklatur karena SOTK baru dilakukan dengan menambah unor baru dan menonaktifkan unor lama.
          Alasan wajib diisi dan dicatat dalam riwayat perubahan.
        </p>
        <Field id={`${id}-nama`} label="Nama unor" errors={fieldErrors.nama}>
          {(p) => <input {...p} name="nama" defaultValue={unit.nama} autoComplete="off" />}
        </Field>
        <Field id={`${id}-alasan`} label="Alasan perubahan" errors={fieldErrors.alasan} hint="Minimal 10 karakter, mis. “Salah ketik: Sekertariat → Sekretariat”.">
          {(p) => <textarea {...p} name="alasan" rows={3} />}
        </Field>
        <FormAlert failure={failure} fields={["nama", "alasan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
