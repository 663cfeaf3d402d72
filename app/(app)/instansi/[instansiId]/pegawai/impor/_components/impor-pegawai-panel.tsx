"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import type { HasilImporPegawai, Masalah, RencanaImpor, Tahap } from "@/lib/services/pegawai/import-pegawai";
import type { ModeImpor } from "@/lib/validation/pegawai-impor";
import { DaftarMasalah } from "./daftar-masalah";
import { ndjsonLines } from "@/lib/http/ndjson-lines";
import { PratinjauImpor } from "./pratinjau-impor";

type Line<H> = { tahap: Tahap; selesai: number; total: number } | { hasil: H } | { error: { message: string; code: string; masalah: Masalah[] } };

const TAHAP: Record<Tahap, string> = { membaca: "Membaca file", memeriksa: "Memeriksa data", menyimpan: "Menyiapkan data", menghitung: "Menyimpan dan menghitung ulang B" };
const n = (x: number) => x.toLocaleString("id-ID");

/** "Impor Pegawai": choose a file and a mode, see the preview of the change, then apply it, with progress throughout. */
export function ImporPegawaiPanel({ instansiId }: { instansiId: number }) {
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ModeImpor>("TAMBAH");
  const [progress, setProgress] = useState<{ label: string; selesai: number; total: number } | null>(null);
  const [rencana, setRencana] = useState<RencanaImpor | null>(null);
  const [hasil, setHasil] = useState<HasilImporPegawai | null>(null);
  const [error, setError] = useState<{ message: string; masalah: Masalah[] } | null>(null);

  const format = file && /\.csv$/i.test(file.name) ? "csv" : "xlsx";

  async function kirim<H>(jalur: "pratinjau" | "impor"): Promise<H | null> {
    if (!file) return null;
    setError(null);
    setProgress({ label: "Mengunggah file", selesai: 0, total: 0 });
    try {
      const form = new FormData();
      form.append("file", file);
      const res = await fetch(`/api/v1/instansi/${instansiId}/pegawai/${jalur}?mode=${mode}&format=${format}`, { method: "POST", body: form, credentials: "same-origin" });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `Unggahan gagal (HTTP ${res.status}).`);
      }
      let out: H | null = null;
      for await (const line of ndjsonLines<Line<H>>(res)) {
        if ("tahap" in line) setProgress({ label: TAHAP[line.tahap], selesai: line.selesai, total: line.total });
        else if ("hasil" in line) out = line.hasil;
        else setError({ message: line.error.message, masalah: line.error.masalah });
      }
      return out;
    } catch (e) {
      setError({ message: e instanceof Error && e.message ? e.message : "Unggahan gagal. Periksa koneksi lalu coba lagi.", masalah: [] });
      return null;
    } finally {
      setProgress(null);
    }
  }

  async function pratinjau() {
    setRencana(null);
    setHasil(null);
    setRencana(await kirim<RencanaImpor>("pratinjau"));
  }

  async function terapkan() {
    const h = await kirim<HasilImporPegawai>("impor");
    if (!h) return;
    setRencana(null);
    setHasil(h);
    router.refresh();
  }

  const busy = !!progress;
  const ubah = (f: () => void) => () => {
    f();
    setRencana(null);
    setHasil(null);
    setError(null);
  };

  return (
    <section className="panel" aria-label="Impor pegawai dari file">
      <p>
        <label htmlFor={fileId}>File pegawai (.xlsx atau .csv) </label>
        <input id={fileId} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy}
          onChange={(e) => ubah(() => setFile(e.target.files?.[0] ?? null))()} />
      </p>
      <fieldset disabled={busy}>
        <legend>Mode impor</legend>
        <label className="inline">
          <input type="radio" name="mode" value="TAMBAH" checked={mode === "TAMBAH"} onChange={ubah(() => setMode("TAMBAH"))} /> Tambah/Perbarui
          <span className="muted"> — pegawai baru ditambahkan, yang NIP-nya sudah ada diperbarui</span>
        </label>
        <br />
        <label className="inline">
          <input type="radio" name="mode" value="GANTI" checked={mode === "GANTI"} onChange={ubah(() => setMode("GANTI"))} /> Ganti Seluruhnya
          <span className="muted"> — juga menonaktifkan pegawai instansi yang tidak ada di file (tidak dihapus)</span>
        </label>
      </fieldset>
      <p>
        <button type="button" onClick={pratinjau} disabled={!file || busy}>Pratinjau</button>{" "}
        <button type="button" onClick={terapkan} disabled={!rencana || busy}>Terapkan Impor</button>
      </p>
      {progress && (
        <div role="status" aria-live="polite">
          {progress.label}
          {progress.total > 0 ? ` ${n(progress.selesai)} / ${n(progress.total)}` : progress.selesai > 0 ? ` ${n(progress.selesai)} baris` : "…"}{" "}
          <progress max={progress.total || undefined} value={progress.total ? progress.selesai : undefined} aria-label={progress.label} />
        </div>
      )}
      {error && <DaftarMasalah message={error.message} masalah={error.masalah} />}
      {rencana && <PratinjauImpor rencana={rencana} ganti={mode === "GANTI"} />}
      {hasil && (
        <p role="status" className="notice">
          Impor selesai: {hasil.pesan} ({n(hasil.baris)} baris, {n(hasil.tetap)} tidak berubah.)
        </p>
      )}
    </section>
  );
}
