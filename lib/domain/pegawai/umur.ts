/**
 * Age and retirement year of a pegawai. Pure. The BUP year is the recap's own rule
 * (lib/domain/rekap/pensiun: birth year + the BUP of the jabatan, as the RekapPensiun triggers
 * count it), so the list and the Resume's retirement figures can never disagree.
 */
import { tahunMencapaiBup } from "@/lib/domain/rekap/pensiun";

/** Age in completed years on the date `pada` (UTC calendar dates, as tanggal lahir is stored). */
export function umurPada(tanggalLahir: Date, pada: Date): number {
  let umur = pada.getUTCFullYear() - tanggalLahir.getUTCFullYear();
  const belumUlangTahun =
    pada.getUTCMonth() < tanggalLahir.getUTCMonth() ||
    (pada.getUTCMonth() === tanggalLahir.getUTCMonth() && pada.getUTCDate() < tanggalLahir.getUTCDate());
  if (belumUlangTahun) umur -= 1;
  return umur;
}

/** The year the pegawai reaches the BUP of the jabatan held; none without a jabatan. */
export function tahunBup(tanggalLahir: Date, bupJabatan: number | null): number | null {
  return bupJabatan === null ? null : tahunMencapaiBup(tanggalLahir, bupJabatan);
}
