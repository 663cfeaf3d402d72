"use client";

import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { Periode } from "@/lib/domain/abk";
import { formatAngka } from "@/lib/format";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { TextField } from "./text-field";

const WAKTU_LABEL: Record<string, string> = { JAM: "jam", MENIT: "menit" };

/** A number the user is still typing (text, empty, NaN) shows as "-" rather than a wrong figure. */
const angka = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};

/**
 * Tab Prestasi Kerja: the expectation as text, and below what the uraian tugas promise in a year.
 * The year factors are the rule set's (`faktorPeriode`), the same the ABK uses, never constants.
 */
export function PrestasiKerjaSection({ disabled, faktorPeriode }: { disabled: boolean; faktorPeriode: Record<Periode, number> }) {
  const id = useId();
  const { control } = useFormContext<InfojabIsiInput>();
  const tugas = useWatch({ control, name: "uraianTugas" }) ?? [];
  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Prestasi Kerja yang Diharapkan</h2>
      <TextField name="prestasiKerja" label="Prestasi Kerja yang Diharapkan" rows={4} disabled={disabled} />
      <h3 id={`${id}-t`}>Menurut uraian tugas</h3>
      {tugas.length === 0 ? (
        <p className="muted">Belum ada uraian tugas. Isi pada tab Tugas Pokok.</p>
      ) : (
        <table className="data" aria-labelledby={`${id}-t`}>
          <thead>
            <tr>
              <th className="col-no">No</th>
              <th>Hasil Kerja</th>
              <th>Satuan</th>
              <th className="num">Jumlah Hasil (setahun)</th>
              <th className="num">Waktu Penyelesaian</th>
            </tr>
          </thead>
          <tbody>
            {tugas.map((t, i) => {
              const volume = angka(t?.volume);
              const faktor = t?.periode ? faktorPeriode[t.periode] : undefined;
              const waktu = angka(t?.waktu);
              return (
                <tr key={i}>
                  <td className="col-no">{i + 1}</td>
                  <td>{t?.hasilKerja?.trim() || "-"}</td>
                  <td>{t?.satuan?.trim() || "-"}</td>
                  <td className="num">{volume !== null && faktor !== undefined ? formatAngka(volume * faktor) : "-"}</td>
                  <td className="num">{waktu !== null ? `${formatAngka(waktu)} ${WAKTU_LABEL[t?.satuanWaktu ?? ""] ?? ""}`.trim() : "-"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
