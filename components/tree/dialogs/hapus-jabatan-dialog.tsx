"use client";

import type { FormEvent } from "react";
import { formatAngka } from "@/lib/format";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { unorNodeId, type EditorCellRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Hapus Jabatan" on a jabatan leaf. */
export function DeleteJabatanDialog({ env, cell, unitNama }: { env: DialogEnv; cell: EditorCellRow; unitNama: string }) {
  const { pending, failure, run } = useActionRunner();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.removePetaJabatan(env.instansiId, { petaJabatanId: cell.id, version: cell.version }),
      () => env.done(`${cell.nama} dihapus dari ${unitNama}.`, unorNodeId(cell.unorId)),
    );
  }
  return (
    <Dialog title="Hapus Jabatan" subtitle={<>{cell.nama} · {unitNama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p>
          Jabatan ini beserta informasi jabatan dan uraian tugasnya akan dihapus dari unor. Jabatan yang masih dipegang pegawai tidak dapat dihapus
          {cell.existing > 0 ? ` (saat ini ${formatAngka(cell.existing)} pegawai)` : ""}.
        </p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Hapus" onCancel={env.close} danger />
      </form>
    </Dialog>
  );
}
