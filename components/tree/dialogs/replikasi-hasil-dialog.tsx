"use client";

import { formatAngka } from "@/lib/format";
import { Dialog } from "@/components/ui/dialog";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { ReplikasiHasil } from "../unor-editor-actions";
import type { DialogEnv } from "./dialog-env";

/** What a replication copied and skipped (and why), shown in place of the replication form. */
export function ReplikasiHasilDialog({ env, unit, hasil }: { env: DialogEnv; unit: EditorUnitRow; hasil: ReplikasiHasil }) {
  return (
    <Dialog title="Hasil Replikasi Jabatan" subtitle={<>Unor tujuan: {unit.nama}</>} onClose={env.close}>
      <div className="dialog-form">
        <p>
          <strong>{formatAngka(hasil.disalin.length)}</strong> jabatan disalin, <strong>{formatAngka(hasil.dilewati.length)}</strong> dilewati.
        </p>
        {hasil.disalin.length > 0 && (
          <section aria-label="Jabatan disalin">
            <h3>Disalin</h3>
            <ul className="result-list">
              {hasil.disalin.map((j) => (
                <li key={j.jabatanId}>{j.nama}</li>
              ))}
            </ul>
          </section>
        )}
        {hasil.dilewati.length > 0 && (
          <section aria-label="Jabatan dilewati">
            <h3>Dilewati</h3>
            <ul className="result-list">
              {hasil.dilewati.map((j) => (
                <li key={j.jabatanId}>
                  {j.nama} <span className="muted">— {j.alasan}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => env.done(`Replikasi selesai: ${hasil.disalin.length} jabatan disalin, ${hasil.dilewati.length} dilewati.`, unorNodeId(unit.id))}>
            Tutup
          </button>
        </div>
      </div>
    </Dialog>
  );
}
