"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { formatAngka } from "@/lib/format";

type Masalah = { row: number; column: string | null; message: string };
type Hasil = { baris: number; ditambah: number; diperbarui: number };

/** Upload of a reference CSV/xlsx through the route handler; errors listed per row and column. */
export function UnggahReferensiForm({ kolom }: { kolom: Record<"SEKOLAH" | "FASKES", string[]> }) {
  const id = useId();
  const router = useRouter();
  const [jenis, setJenis] = useState<"SEKOLAH" | "FASKES">("SEKOLAH");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ error: string; masalah: Masalah[] } | null>(null);
  const [hasil, setHasil] = useState<Hasil | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setHasil(null);
    try {
      const res = await fetch("/api/v1/admin/referensi", { method: "POST", body: new FormData(e.currentTarget) });
      const body = await res.json();
      if (res.ok) {
        setHasil(body.hasil);
        router.refresh();
      } else setError({ error: body.error, masalah: body.masalah ?? [] });
    } catch {
      setError({ error: "Tidak dapat menghubungi server. Periksa sambungan, lalu coba lagi.", masalah: [] });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="dialog-form" aria-label="Impor data referensi">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-jenis`}>Jenis data</label>
          <select id={`${id}-jenis`} name="jenis" value={jenis} onChange={(e) => setJenis(e.target.value as "SEKOLAH" | "FASKES")}>
            <option value="SEKOLAH">Sekolah</option>
            <option value="FASKES">Fasilitas kesehatan</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>File (.csv atau .xlsx)</label>
          <input id={`${id}-file`} name="file" type="file" accept=".csv,.xlsx" required />
        </div>
      </div>
      <p className="muted small">
        Baris pertama judul kolom: <code>{kolom[jenis].join(", ")}</code>. Baris dengan kode yang sudah ada diperbarui; tidak ada yang dihapus. Bila ada satu
        baris salah, tidak ada yang diimpor.
      </p>
      {hasil && (
        <p role="status">
          Impor selesai: {formatAngka(hasil.baris)} baris, {formatAngka(hasil.ditambah)} ditambah, {formatAngka(hasil.diperbarui)} diperbarui.
        </p>
      )}
      {error && (
        <div role="alert" className="form-alert">
          <p>{error.error}</p>
          {error.masalah.length > 0 && (
            <ul>
              {error.masalah.map((m, i) => (
                <li key={i}>
                  Baris {m.row}
                  {m.column ? `, kolom ${m.column}` : ""}: {m.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="submit" disabled={pending}>
          {pending ? "Mengunggah…" : "Unggah dan impor"}
        </button>
      </div>
    </form>
  );
}
