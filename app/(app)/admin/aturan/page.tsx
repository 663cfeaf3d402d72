import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getAturanBerlaku, listAturanPerhitungan } from "@/lib/data/aturan";
import { DEFAULT_RULE_SET } from "@/lib/domain/abk";
import { formatAngka } from "@/lib/format";
import { getProsesTerakhir } from "@/lib/data/proses-latar";
import { JENIS_HITUNG_ULANG_ABK } from "@/lib/services/abk/start-recompute-abk";
import { AturanForm } from "./aturan-form";
import { HitungUlangAbkPanel } from "./_components/hitung-ulang-abk-panel";

export const metadata: Metadata = { title: "Aturan Perhitungan ABK" };

export default async function AturanPage() {
  const actor = await requirePageActor();
  if (actor.role !== "ADMIN") forbidden();
  const [rows, berlaku, proses] = await Promise.all([
    listAturanPerhitungan(db()),
    getAturanBerlaku(db()),
    getProsesTerakhir(db(), actor, JENIS_HITUNG_ULANG_ABK),
  ]);
  return (
    <>
      <h1>Aturan Perhitungan ABK</h1>
      <p className="muted">
        Sumber-sumber berbeda soal WKE, pembulatan dan band efisiensi jabatan, sehingga semuanya disimpan sebagai aturan berversi. Setiap kebutuhan
        hasil ABK mencatat versi aturan yang dipakai. Aturan yang berlaku hari ini: <strong>{berlaku.versi}</strong>.
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>Versi</th>
            <th>Berlaku mulai</th>
            <th className="num">WKE (menit/tahun)</th>
            <th>Pembulatan</th>
            <th>Faktor periode</th>
            <th>Sumber</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                {r.versi} {r.versi === berlaku.versi && <span className="badge">berlaku</span>}
              </td>
              <td>{r.berlakuMulai.toISOString().slice(0, 10)}</td>
              <td className="num">{formatAngka(r.wkeMenit)}</td>
              <td>{r.pembulatan}</td>
              <td>{Object.entries(r.faktorPeriode).map(([k, v]) => `${k} ${v}`).join(" · ")}</td>
              <td>{r.sumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Tambah versi aturan</h2>
      <AturanForm defaults={{ ...DEFAULT_RULE_SET, bandEJ: DEFAULT_RULE_SET.bandEJ.map((b) => ({ ...b, min: Number(b.min) })) }} />
      <h2>Hitung ulang kebutuhan ABK</h2>
      <p className="muted">
        Menghitung ulang semua kebutuhan bersumber ABK dengan aturan yang berlaku hari ini; rekap nasional ikut diperbarui. Semua perubahan tersimpan
        sekaligus di akhir: bila gagal atau server berhenti di tengah jalan, tidak ada yang berubah. Halaman ini boleh ditutup selama proses berjalan.
      </p>
      <HitungUlangAbkPanel awal={proses} />
    </>
  );
}
