import Link from "next/link";
import type { DataUnorRow } from "@/lib/data/data-unor";
import { formatAngka, JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";

const tanggal = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "UTC" });

/**
 * The link into the Struktur tab for one unit. The tree shows inactive units only with `nonaktif=1`;
 * `unor` names the unit for the tree to open at (see the report of issue 10: the tree does not read it yet).
 */
export function strukturHref(instansiId: number, u: { id: number; aktif: boolean }) {
  return `/instansi/${instansiId}/unor?unor=${u.id}${u.aktif ? "" : "&nonaktif=1"}`;
}

export function DataUnorTable({ instansiId, rows }: { instansiId: number; rows: DataUnorRow[] }) {
  if (rows.length === 0) return <p className="muted">Tidak ada unor yang cocok dengan filter.</p>;
  return (
    <table className="data" aria-label="Daftar unor">
      <thead>
        <tr>
          <th scope="col">Unor</th>
          <th scope="col">Induk</th>
          <th scope="col">Jenis</th>
          <th scope="col">Eselon</th>
          <th scope="col">Dasar hukum</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">Pegawai</th>
          <th scope="col" className="num">Jabatan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.id} data-unor-id={u.id}>
            <th scope="row">
              <Link href={strukturHref(instansiId, u)} title="Buka di Struktur">
                {u.nama}
              </Link>
              {u.kodePembina && <span className="muted small"> · {u.kodePembina}</span>}
            </th>
            <td>{u.induk ?? "—"}</td>
            <td>{JENIS_UNOR_LABEL[u.jenis] ?? u.jenis}</td>
            <td>{u.eselon ? (JENJANG_LABEL[u.eselon] ?? u.eselon) : "—"}</td>
            <td>
              {u.dasarHukumNomor ?? "—"}
              {u.dasarHukumTanggal && <span className="muted small"> ({tanggal.format(u.dasarHukumTanggal)})</span>}
            </td>
            <td>{u.aktif ? <span className="badge">Aktif</span> : <span className="badge badge-off">Nonaktif</span>}</td>
            <td className="num">{formatAngka(u.jumlahPegawai)}</td>
            <td className="num">{formatAngka(u.jumlahJabatan)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
