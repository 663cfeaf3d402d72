"use client";

import { useId, type FormEvent } from "react";
import { formatAngka } from "@/lib/format";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { jabatanNodeId, type EditorCellRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Ubah Kebutuhan" on a jabatan leaf. */
export function KebutuhanDialog({ env, cell, unitNama }: { env: DialogEnv; cell: EditorCellRow; unitNama: string }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () => env.actions.updateKebutuhan(env.instansiId, { petaJabatanId: cell.id, version: cell.version, kebutuhan: String(f.get("kebutuhan") ?? "") }),
      (d) => env.done(`Kebutuhan ${cell.nama} di ${unitNama} menjadi ${formatAngka(d.kebutuhan)}.`, jabatanNodeId(cell.id)),
    );
  }
  return (
    <Dialog title="Ubah Kebutuhan" subtitle={<>{cell.nama} · {unitNama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field
          id={`${id}-keb`}
          label="Kebutuhan"
          errors={fieldErrors.kebutuhan}
          hint={`Existing (bezetting): ${formatAngka(cell.existing)}. Kebutuhan yang diisi manual menggantikan hasil perhitungan ABK.`}
        >
          {(p) => <input {...p} name="kebutuhan" type="number" min={0} step={1} defaultValue={cell.kebutuhan} inputMode="numeric" />}
        </Field>
        <FormAlert failure={failure} fields={["kebutuhan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
