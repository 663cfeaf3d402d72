import Link from "next/link";
import { JENIS_UNOR_LABEL } from "@/lib/format";
import type { DataUnorFilter } from "@/lib/validation/daftar-instansi";

/** A plain GET form: the filter lives in the URL (shareable, works before the page's script loads). */
export function DataUnorFilterForm({ basePath, filter }: { basePath: string; filter: DataUnorFilter }) {
  return (
    <form method="get" action={basePath} className="table-tools no-print" role="search" aria-label="Saring unor">
      <label>
        Cari unor{" "}
        <input type="search" name="q" defaultValue={filter.q} placeholder="Nama unor atau kode pembina" />
      </label>
      <label>
        Jenis{" "}
        <select name="jenis" defaultValue={filter.jenis ?? ""}>
          <option value="">Semua jenis</option>
          {Object.entries(JENIS_UNOR_LABEL).map(([kode, label]) => (
            <option key={kode} value={kode}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{" "}
        <select name="status" defaultValue={filter.status ?? ""}>
          <option value="">Aktif dan nonaktif</option>
          <option value="aktif">Aktif</option>
          <option value="nonaktif">Nonaktif</option>
        </select>
      </label>
      <button type="submit">Terapkan</button>
      <Link href={basePath}>Hapus filter</Link>
    </form>
  );
}
