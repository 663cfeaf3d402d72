"use client";

import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { RuleSet } from "@/lib/domain/abk";
import { formatAngka } from "@/lib/format";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { useAbkLive } from "./use-abk-live";

const PERIODE_LABEL = { TAHUN: "tahun", BULAN: "bulan", MINGGU: "minggu", HARI: "hari" } as const;
const fmt = (n: number, d = 4) => n.toLocaleString("id-ID", { maximumFractionDigits: d });
// NaN shows as an empty number field and is refused by the schema until the operator types a figure.
const BARIS_BARU = { uraian: "", hasilKerja: "", satuan: "", volume: Number.NaN, periode: "TAHUN" as const, waktu: Number.NaN, satuanWaktu: "MENIT" as const };

/** Tab Tugas Pokok: the ABK table; kebutuhan recomputes on every keystroke from lib/domain/abk. */
export function TugasPokokSection({ disabled, aturan, existing, struktural }: { disabled: boolean; aturan: RuleSet; existing: number; struktural: boolean }) {
  const { register, control, formState } = useFormContext<InfojabIsiInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "uraianTugas" });
  const rows = useWatch({ control, name: "uraianTugas" });
  const live = useAbkLive(rows as never, aturan, existing);
  const [jelaskan, setJelaskan] = useState(false);
  const errs = formState.errors.uraianTugas;
  const err = (i: number, k: string) => (errs?.[i] as Record<string, { message?: string }> | undefined)?.[k]?.message;

  return (
    <section className="infojab-section" aria-labelledby="tp-h">
      <h2 id="tp-h">Tugas Pokok</h2>
      <div className="table-scroll">
        <table className="list-table abk-table">
          <thead>
            <tr>
              <th className="col-no">No</th>
              <th>Uraian Tugas</th>
              <th>Hasil Kerja</th>
              <th>Satuan</th>
              <th>Beban Kerja</th>
              <th>Periode</th>
              <th>Waktu Penyelesaian</th>
              <th>Satuan Waktu</th>
              <th>Menit/tahun</th>
              {!disabled && <th className="col-aksi">Aksi</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((f, i) => (
              <tr key={f.id}>
                <td className="col-no">{i + 1}</td>
                <td>
                  <textarea rows={2} aria-label={`Uraian Tugas baris ${i + 1}`} readOnly={disabled} {...register(`uraianTugas.${i}.uraian`)} />
                  {err(i, "uraian") && <span className="field-error">{err(i, "uraian")}</span>}
                </td>
                <td><input aria-label={`Hasil Kerja baris ${i + 1}`} readOnly={disabled} {...register(`uraianTugas.${i}.hasilKerja`)} /></td>
                <td><input aria-label={`Satuan baris ${i + 1}`} readOnly={disabled} {...register(`uraianTugas.${i}.satuan`)} /></td>
                <td>
                  <input type="number" step="any" min="0" inputMode="decimal" aria-label={`Beban Kerja baris ${i + 1}`} readOnly={disabled} {...register(`uraianTugas.${i}.volume`, { valueAsNumber: true })} />
                  {err(i, "volume") && <span className="field-error">{err(i, "volume")}</span>}
                </td>
                <td>
                  <select aria-label={`Periode baris ${i + 1}`} disabled={disabled} {...register(`uraianTugas.${i}.periode`)}>
                    {Object.entries(PERIODE_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                  </select>
                </td>
                <td>
                  <input type="number" step="any" min="0" inputMode="decimal" aria-label={`Waktu Penyelesaian baris ${i + 1}`} readOnly={disabled} {...register(`uraianTugas.${i}.waktu`, { valueAsNumber: true })} />
                  {err(i, "waktu") && <span className="field-error">{err(i, "waktu")}</span>}
                </td>
                <td>
                  <select aria-label={`Satuan Waktu baris ${i + 1}`} disabled={disabled} {...register(`uraianTugas.${i}.satuanWaktu`)}>
                    <option value="JAM">jam</option>
                    <option value="MENIT">menit</option>
                  </select>
                </td>
                <td className="num" data-testid={`menit-${i}`}>{live.menitPerBaris[i] == null ? "—" : fmt(live.menitPerBaris[i]!)}</td>
                {!disabled && (
                  <td className="col-aksi">
                    <span className="row-buttons">
                      <button type="button" aria-label={`Naikkan baris ${i + 1}`} disabled={i === 0} onClick={() => move(i, i - 1)}>↑</button>
                      <button type="button" aria-label={`Turunkan baris ${i + 1}`} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>↓</button>
                      <button type="button" className="danger-text" aria-label={`Hapus baris ${i + 1}`} onClick={() => remove(i)}>✕</button>
                    </span>
                  </td>
                )}
              </tr>
            ))}
            {fields.length === 0 && (
              <tr><td colSpan={10} className="muted">Belum ada uraian tugas.</td></tr>
            )}
          </tbody>
        </table>
      </div>
      {!disabled && (
        <div className="list-buttons">
          <button type="button" onClick={() => append({ ...BARIS_BARU })}>Tambah Uraian Tugas</button>
        </div>
      )}
      <dl className="summary abk-summary" aria-label="Hasil perhitungan ABK" aria-live="polite">
        <div><dt>Total Beban Kerja</dt><dd data-testid="total-beban">{live.hasil ? `${fmt(live.hasil.totalMenit)} menit` : "—"}</dd></div>
        <div><dt>Waktu Kerja Efektif</dt><dd>{formatAngka(aturan.wkeMenit)} menit</dd></div>
        <div>
          <dt>Kebutuhan Pegawai</dt>
          <dd data-testid="kebutuhan-pegawai">{live.hasil ? formatAngka(live.hasil.kebutuhan) : "—"}</dd>
          {live.hasil && <dd className="muted small" data-testid="kebutuhan-pecahan">sebelum dibulatkan {fmt(live.hasil.kebutuhanPecahan)}</dd>}
        </div>
        <div><dt>Efisiensi Jabatan</dt><dd>{live.hasil?.ej != null ? fmt(live.hasil.ej, 2) : "—"}</dd></div>
        <div><dt>Prestasi Jabatan</dt><dd>{live.hasil?.pj ? `${live.hasil.pj}${live.hasil.labelPj ? ` (${live.hasil.labelPj})` : ""}` : "—"}</dd></div>
      </dl>
      {live.barisBelumLengkap > 0 && fields.length > 0 && <p className="muted small">{live.barisBelumLengkap} baris belum lengkap dan belum dihitung.</p>}
      {struktural && <p className="muted small">Kebutuhan jabatan struktural tetap 1; perhitungan ABK di sini hanya sebagai informasi.</p>}
      <p className="muted small">Aturan perhitungan {aturan.versi}.</p>
      {live.hasil && (
        <div>
          <button type="button" aria-expanded={jelaskan} onClick={() => setJelaskan((v) => !v)}>{jelaskan ? "Sembunyikan penjelasan" : "Tampilkan penjelasan"}</button>
          {jelaskan && <ol className="penjelasan">{live.penjelasan.map((p, i) => <li key={i}>{p}</li>)}</ol>}
        </div>
      )}
    </section>
  );
}
