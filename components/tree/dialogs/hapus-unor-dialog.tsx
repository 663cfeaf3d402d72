"use client";

import type { FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Hapus Unor": refused with the reason; the refusal offers deactivation. */
export function DeleteUnorDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const { pending, failure, run } = useActionRunner();
  const deactivate = useActionRunner();
  const saranNonaktif = failure?.fieldErrors?.saran?.includes("nonaktifkan") && unit.aktif;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.deleteUnor(env.instansiId, { unorId: unit.id, version: unit.version }),
      () => env.done(`Unor ${unit.nama} dihapus.`, unit.parentId !== null ? unorNodeId(unit.parentId) : undefined),
    );
  }

  return (
    <Dialog title="Hapus Unor" subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p>
          Unor ini akan dihapus beserta jabatan yang ditempatkan di dalamnya. Penghapusan hanya untuk unor yang keliru dibuat: unor yang masih memiliki pegawai,
          unor bawahan, atau tercantum dalam peta jabatan yang disetujui tidak dapat dihapus — nonaktifkan saja.
        </p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload}>
          {saranNonaktif && (
            <button
              type="button"
              disabled={deactivate.pending}
              onClick={() =>
                deactivate.run(
                  () => env.actions.setUnorAktif(env.instansiId, { unorId: unit.id, version: unit.version, aktif: false }),
                  () => env.done(`${unit.nama} dinonaktifkan.`, unit.parentId !== null ? unorNodeId(unit.parentId) : undefined),
                )
              }
            >
              {deactivate.pending ? "Memproses…" : "Non Aktifkan Unor"}
            </button>
          )}
        </FormAlert>
        <FormAlert failure={deactivate.failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Hapus" onCancel={env.close} danger />
      </form>
    </Dialog>
  );
}
