"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ProsesView } from "@/lib/data/proses-latar";
import { recomputeAbkStatusAction, startRecomputeAbkAction } from "../actions";

const POLL_MS = 1000;
const angka = (n: number) => n.toLocaleString("id-ID");
const waktu = (iso: string) => new Date(iso).toLocaleString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long", timeStyle: "medium" });
const detik = (p: ProsesView) => (p.berakhirPada ? Math.max(0, Math.round((Date.parse(p.berakhirPada) - Date.parse(p.dimulaiPada)) / 1000)) : 0);

interface Hasil {
  versiAturan: string;
  diperiksa: number;
  berubah: number;
}

/**
 * "Hitung ulang kebutuhan ABK": starts the national job and follows its row until it ends, so the admin
 * sees how far it is (and still sees it after a reload or from a second tab).
 */
export function HitungUlangAbkPanel({ awal }: { awal: ProsesView | null }) {
  const router = useRouter();
  const [proses, setProses] = useState(awal);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const berjalan = proses?.status === "BERJALAN";

  useEffect(() => {
    if (!berjalan) return;
    let stop = false;
    const timer = setInterval(async () => {
      const r = await recomputeAbkStatusAction();
      if (stop) return;
      if (!r.ok) return setError(r.error);
      setProses(r.data);
      // The job has ended: the server components (rekap, trees) read the new figures.
      if (r.data?.status !== "BERJALAN") router.refresh();
    }, POLL_MS);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [berjalan, router]);

  function mulai() {
    setError(null);
    start(async () => {
      const r = await startRecomputeAbkAction();
      if (!r.ok) return setError(r.error);
      const s = await recomputeAbkStatusAction();
      if (s.ok) setProses(s.data);
    });
  }

  const hasil = proses?.status === "SELESAI" ? (proses.hasil as Hasil) : null;
  const persen = proses && proses.total > 0 ? Math.floor((proses.selesai / proses.total) * 100) : 0;
  return (
    <div className="panel" style={{ display: "grid", gap: ".6rem" }}>
      <div>
        <button type="button" onClick={mulai} disabled={pending || berjalan}>
          {berjalan ? "Sedang menghitung ulang…" : "Hitung ulang kebutuhan ABK"}
        </button>
      </div>
      {berjalan && proses && (
        <div role="status">
          <progress max={proses.total || undefined} value={proses.total ? proses.selesai : undefined} aria-label="Kemajuan hitung ulang" style={{ width: "100%" }} />
          <div>
            {proses.total ? `${angka(proses.selesai)} dari ${angka(proses.total)} instansi (${persen} %)` : "Menyiapkan…"} · dimulai {waktu(proses.dimulaiPada)} WIB
            {proses.dimulaiOleh ? ` oleh ${proses.dimulaiOleh}` : ""}
          </div>
        </div>
      )}
      {hasil && proses && (
        <div role="status" className="pos">
          Selesai {waktu(proses.berakhirPada!)} WIB dalam {angka(detik(proses))} detik: {angka(hasil.diperiksa)} sel ABK diperiksa, {angka(hasil.berubah)} berubah (aturan{" "}
          {hasil.versiAturan}).
        </div>
      )}
      {proses?.status === "GAGAL" && (
        <div role="alert" className="error">
          Hitung ulang {proses.berakhirPada ? `pada ${waktu(proses.berakhirPada)} WIB ` : ""}gagal: {proses.pesan}
        </div>
      )}
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
    </div>
  );
}
