import Link from "next/link";
import { JENIS_JABATAN_LABEL } from "@/lib/format";
import { STATUS_INFOJAB, STATUS_INFOJAB_LABEL, SUMBER_KEBUTUHAN, SUMBER_KEBUTUHAN_LABEL } from "@/lib/domain/resume/status";
import type { InfoJabatanFilter } from "@/lib/validation/daftar-instansi";

/** A plain GET form: the filter lives in the URL (shareable, works before the page's script loads). */
export function InfoJabatanFilterForm({ basePath, filter }: { basePath: string; filter: InfoJabatanFilter }) {
  return (
    <form method="get" action={basePath} className="table-tools no-print" role="search" aria-label="Saring jabatan" style={{ marginTop: ".75rem", flexWrap: "wrap" }}>
      <label>
        Cari{" "}
        <input type="search" name="q" defaultValue={filter.q} placeholder="Nama jabatan, kode atau unor" />
      </label>
      <label>
        Status infojab{" "}
        <select name="status" defaultValue={filter.status ?? ""}>
          <option value="">Semua status</option>
          {STATUS_INFOJAB.map((s) => (
            <option key={s} value={s}>
              {STATUS_INFOJAB_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sumber kebutuhan{" "}
        <select name="sumber" defaultValue={filter.sumber ?? ""}>
          <option value="">Semua sumber</option>
          {SUMBER_KEBUTUHAN.map((s) => (
            <option key={s} value={s}>
              {SUMBER_KEBUTUHAN_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Jenis jabatan{" "}
        <select name="jenis" defaultValue={filter.jenis ?? ""}>
          <option value="">Semua jenis</option>
          {Object.entries(JENIS_JABATAN_LABEL).map(([kode, label]) => (
            <option key={kode} value={kode}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Terapkan</button>
      <Link href={basePath}>Hapus filter</Link>
    </form>
  );
}
