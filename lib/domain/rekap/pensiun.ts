/**
 * Five-year outlook (BKN planning FAQ): the need in a year = (kebutuhan − existing) + the pegawai
 * reaching the BUP of their jabatan in that year. A pegawai reaches BUP in the year
 * tahun lahir + BUP. Pure.
 */
export interface ProyeksiTahun {
  tahun: number;
  /** Pegawai reaching BUP in this year. */
  pensiun: number;
  /** (K − B) + pensiun of this year. */
  kebutuhan: number;
}

export function tahunMencapaiBup(tanggalLahir: Date, bup: number): number {
  return tanggalLahir.getUTCFullYear() + bup;
}

export function proyeksiPensiun(
  rekap: { kebutuhan: number; existing: number },
  pensiunPerTahun: ReadonlyMap<number, number>,
  tahunMulai: number,
  jumlahTahun = 5,
): ProyeksiTahun[] {
  const gap = rekap.kebutuhan - rekap.existing;
  return Array.from({ length: jumlahTahun }, (_, i) => {
    const tahun = tahunMulai + i;
    const pensiun = pensiunPerTahun.get(tahun) ?? 0;
    return { tahun, pensiun, kebutuhan: gap + pensiun };
  });
}
