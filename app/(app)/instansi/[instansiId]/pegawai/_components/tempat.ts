import type { TempatPerbaikan } from "@/lib/domain/pegawai/masalah";

/** Where each kind of fix is made, as a link; the pegawai data is fixed only by the instansi's editors. */
export function hrefTempat(instansiId: number, tempat: TempatPerbaikan, canEdit: boolean): { href: string; label: string } | null {
  switch (tempat) {
    case "STRUKTUR":
      return { href: `/instansi/${instansiId}/unor`, label: "Perbaiki di Struktur" };
    case "STRUKTUR_NONAKTIF":
      return { href: `/instansi/${instansiId}/unor?nonaktif=1`, label: "Perbaiki di Struktur" };
    case "IMPOR_PEGAWAI":
      return canEdit ? { href: `/instansi/${instansiId}/pegawai/impor`, label: "Perbaiki lewat Impor Pegawai" } : null;
  }
}
