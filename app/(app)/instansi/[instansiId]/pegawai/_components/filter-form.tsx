import Link from "next/link";
import { KARTU_MASALAH } from "@/lib/domain/pegawai/masalah";
import { hrefPegawai, type PegawaiQuery } from "./query";
import css from "./pegawai.module.css";

const LABEL_KESESUAIAN: Record<string, string> = { sesuai: "Sesuai peta jabatan", "tidak-sesuai": "Tidak sesuai peta jabatan" };

/**
 * Search and filters as a plain GET form: it works before any script has loaded and from the
 * keyboard alone, and every list state is a URL that can be shared or reloaded.
 */
export function FilterForm({ instansiId, query, unor }: { instansiId: number; query: PegawaiQuery; unor: { id: number; nama: string } | null }) {
  const masalah = query.masalah ? (KARTU_MASALAH.find((k) => k.kode === query.masalah)?.label ?? LABEL_KESESUAIAN[query.masalah]) : null;
  const daftarUnor = query.masalah === "unor-tanpa-kebutuhan";
  return (
    <>
      {!daftarUnor && (
        <form method="get" action={`/instansi/${instansiId}/pegawai`} className={css.filters} role="search" aria-label="Cari pegawai">
          <label>
            Cari nama atau NIP
            <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={100} placeholder="mis. Budi atau 19800517" />
          </label>
          <label>
            Jenis
            <select name="jenis" defaultValue={query.jenis ?? ""}>
              <option value="">PNS dan PPPK</option>
              <option value="PNS">PNS</option>
              <option value="PPPK">PPPK</option>
            </select>
          </label>
          {!query.masalah && (
            <label>
              Status
              <select name="status" defaultValue={query.status}>
                <option value="aktif">Aktif</option>
                <option value="nonaktif">Nonaktif</option>
                <option value="semua">Semua</option>
              </select>
            </label>
          )}
          {query.unor !== undefined && <input type="hidden" name="unor" value={query.unor} />}
          {query.masalah && <input type="hidden" name="masalah" value={query.masalah} />}
          <button type="submit">Terapkan</button>
        </form>
      )}
      {(masalah || query.unor !== undefined) && (
        <p className={css.chips} aria-label="Filter yang berlaku">
          {masalah && (
            <span className={css.chip}>
              Masalah: {masalah} · <Link href={hrefPegawai(instansiId, query, { masalah: undefined })}>hapus</Link>
            </span>
          )}
          {query.unor !== undefined && (
            <span className={css.chip}>
              Unor: {unor?.nama ?? "tidak ditemukan"} dan unit di bawahnya · <Link href={hrefPegawai(instansiId, query, { unor: undefined })}>hapus</Link>
            </span>
          )}
        </p>
      )}
    </>
  );
}
