/** Rule data of the unor pembina standards. Pure types: stored as StandarPembina.aturan (JSON). */

export const JENJANG_SEKOLAH = ["SD", "SMP", "SMA", "SMK"] as const;
export type JenjangSekolah = (typeof JENJANG_SEKOLAH)[number];

export const WILAYAH_FASKES = ["PERKOTAAN", "PERDESAAN", "TERPENCIL"] as const;
export type WilayahFaskes = (typeof WILAYAH_FASKES)[number];

export const JENIS_FASKES = ["PUSKESMAS_NON_RAWAT_INAP", "PUSKESMAS_RAWAT_INAP", "RUMAH_SAKIT"] as const;
export type JenisFaskes = (typeof JENIS_FASKES)[number];

/**
 * Rounding of a computed teacher need (penataan guru): a need above 0 but below 1 becomes `bawahSatu`
 * (1: the subject must still be taught), anything else is rounded by `lainnya` (down: a guru below
 * the 24 JP minimum load would not meet the certification load).
 */
export interface PembulatanPenataan {
  bawahSatu: 0 | 1;
  lainnya: "KE_BAWAH" | "STANDAR" | "KE_ATAS";
}

/** How one line of a school's standard is computed. */
export type RumusSekolah =
  /** Guru kelas: `perRombel` guru for every rombel. */
  | { jenis: "PER_ROMBEL"; perRombel: number }
  /** Guru mata pelajaran: Σ (rombel × JP per minggu) ÷ JP wajib per guru, rounded by penataan, at least `minimum`. */
  | { jenis: "JAM_PELAJARAN"; jpPerMinggu: number; minimum: number }
  /** A fixed number per school (kepala sekolah). */
  | { jenis: "TETAP"; jumlah: number };

export interface BarisSekolah {
  /** Kode of the catalogue jabatan placed for this line. */
  kodeJabatan: string;
  label: string;
  rumus: RumusSekolah;
}

export interface StandarJenjang {
  /** Maximum peserta didik per rombel (Permendikbudristek 47/2023). */
  maxRombel: number;
  jumlahTingkat: number;
  baris: BarisSekolah[];
}

export interface StandarSekolah {
  /** Minimum teaching load per guru, JP per minggu (UU 14/2005, PP 74/2008): 24. */
  jpWajibGuru: number;
  pembulatan: PembulatanPenataan;
  jenjang: Record<JenjangSekolah, StandarJenjang>;
}

export type KolomPuskesmas = "NON_RAWAT_INAP" | "RAWAT_INAP";

export interface BarisPuskesmas {
  kodeJabatan: string;
  label: string;
  /** Minimum number per karakteristik wilayah and type (tabel ketenagaan). */
  jumlah: Record<WilayahFaskes, Record<KolomPuskesmas, number>>;
}

export interface StandarPuskesmas {
  baris: BarisPuskesmas[];
}

/** One jabatan's kebutuhan under a standard, with how it was reached (shown to the operator). */
export interface KebutuhanStandar {
  kodeJabatan: string;
  label: string;
  kebutuhan: number;
  rincian: string;
}
