"use client";

import type { EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import { Dialog } from "@/components/ui/dialog";
import { UnduhInfojabButton } from "@/components/infojab/unduh-infojab-button";
import type { DialogEnv } from "./dialog-env";

/** Menu "Unduh Infojab" on a unit: the infojab of every jabatan in its subtree, or of the whole instansi. */
export function UnduhInfojabDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const base = `/api/v1/instansi/${env.instansiId}/infojab/export`;
  return (
    <Dialog title="Unduh Infojab" subtitle={unit.nama} onClose={env.close}>
      <div className="dialog-form">
        <p>
          Satu file Excel berisi informasi jabatan dan uraian tugas setiap jabatan. Setiap jabatan diberi kode sehingga file yang sudah
          diubah dapat diunggah kembali ke jabatan yang sama.
        </p>
        <p className="button-row">
          <UnduhInfojabButton href={`${base}?unorId=${unit.id}`} label="UNDUH INFOJAB unor ini dan bawahannya" />
          {unit.parentId !== null && <UnduhInfojabButton href={base} label="UNDUH INFOJAB seluruh instansi" />}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={env.close}>
            Tutup
          </button>
        </div>
      </div>
    </Dialog>
  );
}
