"use client";

import type { EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import { Dialog } from "@/components/ui/dialog";
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
          <a className="button primary" href={`${base}?unorId=${unit.id}`} download>
            UNDUH INFOJAB unor ini dan bawahannya
          </a>
          {unit.parentId !== null && (
            <a className="button" href={base} download>
              UNDUH INFOJAB seluruh instansi
            </a>
          )}
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
