const angka = new Intl.NumberFormat("id-ID");

/** Numbers as Indonesian readers write them (1.250, not 1,250). */
export const formatAngka = (n: number): string => angka.format(n);

export const JENIS_INSTANSI_LABEL: Record<string, string> = {
  PUSAT: "Instansi Pusat",
  PROVINSI: "Provinsi",
  KABUPATEN: "Kabupaten",
  KOTA: "Kota",
};
