import Link from "next/link";
import type { UnorTanpaKebutuhanRow } from "@/lib/data/pegawai";
import { saranUnorTanpaKebutuhan } from "@/lib/domain/pegawai/masalah";
import { formatAngka } from "@/lib/format";
import { hrefTempat } from "./tempat";
import css from "./pegawai.module.css";

/** The units that have active pegawai but no kebutuhan, each with its fix and its pegawai. */
export function UnorTanpaKebutuhanTable({ instansiId, rows, canEdit }: { instansiId: number; rows: UnorTanpaKebutuhanRow[]; canEdit: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data" aria-label="Unor berpegawai tanpa kebutuhan">
        <thead>
          <tr>
            <th>Unor</th>
            <th className="num">Pegawai aktif</th>
            <th className="num">Jabatan ditempatkan</th>
            <th>Saran perbaikan</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const saran = saranUnorTanpaKebutuhan(r.nama);
            const tempat = hrefTempat(instansiId, saran.tempat, canEdit, r.id)!;
            return (
              <tr key={r.id}>
                <td>
                  {r.nama}
                  {r.unorInduk.length > 0 && <span className={css.sub}>{r.unorInduk.join(" › ")}</span>}
                  <Link className={css.sub} href={`/instansi/${instansiId}/pegawai?unor=${r.id}`} aria-label={`Lihat pegawai ${r.nama}`}>
                    Lihat pegawai
                  </Link>
                </td>
                <td className="num">{formatAngka(r.jumlahPegawai)}</td>
                <td className="num">{r.jumlahJabatan === 0 ? "belum ada" : `${formatAngka(r.jumlahJabatan)} (K = 0)`}</td>
                <td className={css.saran}>
                  {saran.teks}{" "}
                  <Link href={tempat.href} aria-label={`${tempat.label}: ${r.nama}`}>
                    {tempat.label}
                  </Link>
                </td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                Tidak ada unor berpegawai tanpa kebutuhan.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
