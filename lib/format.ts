import { JENJANG_LABEL as JENJANG_LABEL_BY_CODE } from "@/lib/domain/jabatan/jenjang";

const angka = new Intl.NumberFormat("id-ID");

/** Numbers as Indonesian readers write them (1.250, not 1,250). */
export const formatAngka = (n: number): string => angka.format(n);

export const JENIS_INSTANSI_LABEL: Record<string, string> = {
  PUSAT: "Instansi Pusat",
  PROVINSI: "Provinsi",
  KABUPATEN: "Kabupaten",
  KOTA: "Kota",
};

/** Display labels of the domain's codes, one place for every page. */
export const JENIS_UNOR_LABEL: Record<string, string> = {
  STRUKTURAL: "Struktural",
  PUSKESMAS: "Puskesmas",
  RUMAH_SAKIT: "Rumah Sakit",
  SEKOLAH: "Sekolah",
  UNIT_LAYANAN: "Unit Layanan",
};

export const JENJANG_LABEL: Record<string, string> = JENJANG_LABEL_BY_CODE;

export const JENIS_JABATAN_LABEL: Record<string, string> = {
  STRUKTURAL: "Struktural",
  FUNGSIONAL: "JF",
  PELAKSANA: "Pelaksana",
};
