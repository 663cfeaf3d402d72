"use client";

import { useId, useState } from "react";
import { ndjsonLines } from "@/lib/http/ndjson-lines";
import type { Masalah } from "@/lib/excel/infojab/read-workbook";
import type { ImportResult, Tahap } from "@/lib/services/infojab/import-infojab-excel";

// Types only (erased from the browser bundle): the answer's shape is the service's own.
export type { Masalah };
type Hasil = ImportResult;
type Line = { tahap: Tahap; selesai: number; total: number } | { hasil: Hasil } | { error: { message: string; code: string; masalah: Masalah[] } };

export interface UnggahInfojabProps {
  instansiId: number;
  onImported?: () => void;
}

const TAHAP = { membaca: "Membaca file", memeriksa: "Memeriksa data", menyimpan: "Menyimpan" } as const;

/** "Unggah Infojab": pick a filled workbook, upload it, follow the progress, then the report or the problems. */
export function UnggahInfojab({ instansiId, onImported }: UnggahInfojabProps) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ label: string; selesai: number; total: number } | null>(null);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [error, setError] = useState<{ message: string; masalah: Masalah[] } | null>(null);

  async function unggah() {
    if (!file) return;
    setHasil(null);
    setError(null);
    setProgress({ label: "Mengunggah file", selesai: 0, total: 0 });
    try {
      const form = new FormData();
      form.append("file", file);
      const res = await fetch(`/api/v1/instansi/${instansiId}/infojab/import`, { method: "POST", body: form, credentials: "same-origin" });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `Unggahan gagal (HTTP ${res.status}).`);
      }
      for await (const line of ndjsonLines<Line>(res)) {
        if ("tahap" in line) setProgress({ label: TAHAP[line.tahap], selesai: line.selesai, total: line.total });
        else if ("hasil" in line) {
          setHasil(line.hasil);
          if (line.hasil.jabatan.length) onImported?.();
        } else setError({ message: line.error.message, masalah: line.error.masalah });
      }
    } catch (e) {
      setError({ message: e instanceof Error && e.message ? e.message : "Unggahan gagal. Periksa koneksi lalu coba lagi.", masalah: [] });
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="panel unggah-infojab" aria-label="Unggah informasi jabatan">
      <div className="field-row">
        <label htmlFor={inputId}>Pilih file...</label>
        <input id={inputId} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} disabled={!!progress} />
        <button type="button" onClick={unggah} disabled={!file || !!progress}>
          Unggah
        </button>
      </div>
      {progress && (
        <div role="status" className="status-line">
          {progress.label}
          {progress.total > 0 ? ` ${progress.selesai.toLocaleString("id-ID")} / ${progress.total.toLocaleString("id-ID")}` : progress.selesai > 0 ? ` ${progress.selesai.toLocaleString("id-ID")} baris` : "…"}
          <progress max={progress.total || undefined} value={progress.total ? progress.selesai : undefined} aria-label={progress.label} />
        </div>
      )}
      {error && (
        <div role="alert" className="form-alert">
          <p>{error.message}</p>
          {error.masalah.length > 0 && (
            <table>
              <thead>
                <tr><th>Sheet</th><th>Baris</th><th>Kolom</th><th>Masalah</th></tr>
              </thead>
              <tbody>
                {error.masalah.map((m, i) => (
                  <tr key={i}><td>{m.sheet ?? "–"}</td><td>{m.row ?? "–"}</td><td>{m.column ?? "–"}</td><td>{m.message}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {hasil && (
        <div role="status" className="notice">
          <p>{hasil.pesan}</p>
          {hasil.jabatan.length > 0 && (
            <table>
              <thead>
                <tr><th>Jabatan</th><th>Uraian ditambah</th><th>Uraian diubah</th><th>Uraian dihapus</th><th>Kebutuhan (K)</th></tr>
              </thead>
              <tbody>
                {hasil.jabatan.map((j) => (
                  <tr key={j.petaJabatanId}>
                    <td>{j.nama}</td><td>{j.uraianDitambah}</td><td>{j.uraianDiubah}</td><td>{j.uraianDihapus}</td>
                    <td>{j.kebutuhanSebelum} → {j.kebutuhanSesudah}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
