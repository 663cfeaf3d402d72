"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { formatAngka } from "@/lib/format";
import { importJabatanStandarAction } from "@/lib/actions/pembina";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

type Hasil = { versi: string; sumber: string; unor: number; ditempatkan: number; diperbarui: number; tetap: number; dilewati: { nama: string; alasan: string }[] };

/**
 * Menu "Import Jabatan Guru" / "Import Jabatan Nakes": the standard's jabatan placed in every school
 * or puskesmas below this unit, with kebutuhan from the standard in force; then what was done.
 */
export function ImportJabatanStandarDialog({ env, unit, jenis }: { env: DialogEnv; unit: EditorUnitRow; jenis: "SEKOLAH" | "PUSKESMAS" }) {
  const { pending, failure, run } = useActionRunner();
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const title = jenis === "SEKOLAH" ? "Import Jabatan Guru" : "Import Jabatan Nakes";
  const sasaran = jenis === "SEKOLAH" ? "sekolah" : "puskesmas";

  if (hasil) {
    const pesan = `${title}: ${formatAngka(hasil.ditempatkan)} jabatan ditempatkan, ${formatAngka(hasil.diperbarui)} diperbarui di ${formatAngka(hasil.unor)} ${sasaran} (standar ${hasil.versi}).`;
    return (
      <Dialog title={`Hasil ${title}`} subtitle={<>{unit.nama}</>} onClose={() => env.done(pesan, unorNodeId(unit.id))}>
        <div className="dialog-form">
          <p>{pesan}</p>
          <p className="muted small">
            {formatAngka(hasil.tetap)} jabatan sudah sesuai standar. Sumber kebutuhan: Standar Pembina, versi {hasil.versi} — {hasil.sumber}.
          </p>
          {hasil.dilewati.length > 0 && (
            <section aria-label="Unor dilewati">
              <h3>Dilewati</h3>
              <ul className="result-list">
                {hasil.dilewati.map((d) => (
                  <li key={d.nama}>
                    {d.nama} <span className="muted">— {d.alasan}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={() => env.done(pesan, unorNodeId(unit.id))}>
              Tutup
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} subtitle={<>{unit.nama}</>} onClose={env.close}>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => importJabatanStandarAction(env.instansiId, { unorId: unit.id, jenis }), setHasil);
        }}
      >
        <p>
          Jabatan standar ditempatkan di setiap {sasaran} aktif di bawah <strong>{unit.nama}</strong> yang terhubung ke data referensi, dengan kebutuhan
          menurut standar yang berlaku ({jenis === "SEKOLAH" ? "rombel, jam pelajaran dan beban mengajar 24 JP" : "tabel ketenagaan puskesmas menurut jenis dan wilayah"}).
        </p>
        <p className="muted small">Jabatan yang sudah ada di unor itu mengambil kebutuhan standar; sumber kebutuhannya menjadi Standar Pembina beserta versinya.</p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Tempatkan jabatan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
