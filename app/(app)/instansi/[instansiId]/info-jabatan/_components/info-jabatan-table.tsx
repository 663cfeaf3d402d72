import Link from "next/link";
import type { InfoJabatanRow } from "@/lib/data/info-jabatan";
import { STATUS_INFOJAB_LABEL, SUMBER_KEBUTUHAN_LABEL, type StatusInfojab } from "@/lib/domain/resume/status";
import { formatAngka, JENIS_JABATAN_LABEL, JENJANG_LABEL } from "@/lib/format";

const STATUS_CLASS: Record<StatusInfojab, string> = { BELUM_DIISI: "badge badge-off", DIISI: "badge", TERKUNCI: "badge jenis-struktural" };

/** Placed jabatan with their infojab state; each name opens the infojab screen of that cell. */
export function InfoJabatanTable({ instansiId, rows }: { instansiId: number; rows: InfoJabatanRow[] }) {
  if (rows.length === 0) return <p className="muted">Tidak ada jabatan yang cocok dengan filter.</p>;
  return (
    <table className="data" aria-label="Daftar jabatan dan informasi jabatan">
      <thead>
        <tr>
          <th scope="col">Jabatan</th>
          <th scope="col">Jenis · jenjang</th>
          <th scope="col" className="num">Kelas</th>
          <th scope="col">Unor</th>
          <th scope="col" className="num">K</th>
          <th scope="col" className="num">B</th>
          <th scope="col">Sumber kebutuhan</th>
          <th scope="col">Infojab</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.petaJabatanId} data-peta-jabatan-id={r.petaJabatanId}>
            <th scope="row">
              <Link href={`/instansi/${instansiId}/peta-jabatan/${r.petaJabatanId}/infojab`}>{r.nama}</Link>
              <span className="muted small"> · {r.kode}</span>
            </th>
            <td>
              {JENIS_JABATAN_LABEL[r.jenis] ?? r.jenis}
              {r.jenjang && <> · {JENJANG_LABEL[r.jenjang] ?? r.jenjang}</>}
            </td>
            <td className="num">{r.kelas}</td>
            <td>
              {r.unorNama}
              {!r.unorAktif && <> <span className="badge badge-off">nonaktif</span></>}
            </td>
            <td className="num">{formatAngka(r.kebutuhan)}</td>
            <td className="num">{formatAngka(r.existing)}</td>
            <td>
              {SUMBER_KEBUTUHAN_LABEL[r.sumberKebutuhan]}
              {r.aturanVersi && <span className="muted small"> ({r.aturanVersi})</span>}
            </td>
            <td>
              <span className={STATUS_CLASS[r.status]} style={{ whiteSpace: "nowrap" }}>{STATUS_INFOJAB_LABEL[r.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
