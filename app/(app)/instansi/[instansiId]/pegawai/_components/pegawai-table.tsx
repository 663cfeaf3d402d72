import Link from "next/link";
import type { PegawaiRow } from "@/lib/data/pegawai";
import { LABEL_MASALAH, saranPerbaikan } from "@/lib/domain/pegawai/masalah";
import { tahunBup, umurPada } from "@/lib/domain/pegawai/umur";
import { hrefTempat } from "./tempat";
import css from "./pegawai.module.css";

/**
 * One page of pegawai. In a flag's list every row carries its suggested fix and a link to where
 * it is made; elsewhere a flagged row shows the flag as text.
 */
export function PegawaiTable({
  instansiId,
  rows,
  denganSaran,
  canEdit,
  hariIni,
}: {
  instansiId: number;
  rows: PegawaiRow[];
  denganSaran: boolean;
  canEdit: boolean;
  hariIni: Date;
}) {
  return (
    <div className="table-scroll">
      <table className="data" aria-label="Daftar pegawai">
        <thead>
          <tr>
            <th>NIP</th>
            <th>Nama</th>
            <th>Jenis</th>
            <th>Jabatan</th>
            <th>Unor</th>
            <th>Pendidikan</th>
            <th className="num">Umur</th>
            <th className="num">Tahun BUP</th>
            {denganSaran && <th>Saran perbaikan</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const saran = r.masalah ? saranPerbaikan(r.masalah, { jabatan: r.jabatanNama, unor: r.unorNama }) : null;
            const tempat = saran ? hrefTempat(instansiId, saran.tempat, canEdit, r.unorId) : null;
            return (
              <tr key={r.id}>
                <td className={css.nip}>{r.nip}</td>
                <td>
                  {r.nama}
                  {!r.aktif && <span className={css.sub}>Nonaktif</span>}
                  {r.masalah && !denganSaran && <span className={css.flag}>{LABEL_MASALAH[r.masalah]}</span>}
                </td>
                <td>{r.jenis}</td>
                <td>{r.jabatanNama ?? <span className="muted">Tanpa jabatan</span>}</td>
                <td>
                  {r.unorNama ?? <span className="muted">Tidak ada di Struktur</span>}
                  {r.unorAktif === false && <span className={css.sub}>(unor nonaktif)</span>}
                  {r.unorInduk.length > 0 && <span className={css.sub}>{r.unorInduk.join(" › ")}</span>}
                </td>
                <td>{r.pendidikan ?? "—"}</td>
                <td className="num">{umurPada(r.tanggalLahir, hariIni)}</td>
                <td className="num">{tahunBup(r.tanggalLahir, r.bup) ?? "—"}</td>
                {denganSaran && (
                  <td className={css.saran}>
                    {saran && (
                      <>
                        <strong>{LABEL_MASALAH[r.masalah!]}.</strong> {saran.teks}{" "}
                        {tempat && (
                          <Link href={tempat.href} aria-label={`${tempat.label}: ${r.nama}`}>
                            {tempat.label}
                          </Link>
                        )}
                      </>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={denganSaran ? 9 : 8} className="muted">
                Tidak ada pegawai yang cocok.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
