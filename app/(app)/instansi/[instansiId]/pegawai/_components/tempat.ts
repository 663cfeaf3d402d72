import type { TempatPerbaikan } from "@/lib/domain/pegawai/masalah";

/**
 * Where each kind of fix is made, as a link; the pegawai data is fixed only by the instansi's editors.
 * The tree opens at the unit concerned when it is known (`?unor=`).
 */
export function hrefTempat(instansiId: number, tempat: TempatPerbaikan, canEdit: boolean, unorId?: number | null): { href: string; label: string } | null {
  const unor = unorId ? `unor=${unorId}` : "";
  switch (tempat) {
    case "STRUKTUR":
      return { href: `/instansi/${instansiId}/unor${unor ? `?${unor}` : ""}`, label: "Perbaiki di Struktur" };
    case "STRUKTUR_NONAKTIF":
      return { href: `/instansi/${instansiId}/unor?nonaktif=1${unor ? `&${unor}` : ""}`, label: "Perbaiki di Struktur" };
    case "IMPOR_PEGAWAI":
      return canEdit ? { href: `/instansi/${instansiId}/pegawai/impor`, label: "Perbaiki lewat Impor Pegawai" } : null;
  }
}
