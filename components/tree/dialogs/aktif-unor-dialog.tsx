"use client";

import type { FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Non Aktifkan Unor" / "Aktifkan Unor". */
export function AktifDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const { pending, failure, run } = useActionRunner();
  const aktifkan = !unit.aktif;
  const title = aktifkan ? "Aktifkan Unor" : "Non Aktifkan Unor";

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.setUnorAktif(env.instansiId, { unorId: unit.id, version: unit.version, aktif: aktifkan }),
      (d) =>
        env.done(
          aktifkan
            ? `${unit.nama} diaktifkan kembali.`
            : `${unit.nama} dinonaktifkan${d.turunanDinonaktifkan ? ` beserta ${d.turunanDinonaktifkan} unor di bawahnya` : ""}.`,
          unorNodeId(unit.id),
        ),
    );
  }

  return (
    <Dialog title={title} subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        {aktifkan ? (
          <p>Unor ini akan aktif kembali. Unor di bawahnya tetap nonaktif sampai diaktifkan satu per satu.</p>
        ) : (
          <p>
            Unor ini dan semua unor di bawahnya akan dinonaktifkan. Data jabatan dan pegawainya tetap tersimpan. Unor nonaktif disembunyikan dari pohon kecuali
            “Tampilkan unor nonaktif” dicentang.
          </p>
        )}
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel={aktifkan ? "Aktifkan" : "Non Aktifkan"} onCancel={env.close} danger={!aktifkan} />
      </form>
    </Dialog>
  );
}
