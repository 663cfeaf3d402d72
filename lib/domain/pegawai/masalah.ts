/**
 * What goes wrong when the map is not kept current (the seed's "dampak" slide), as flags on the
 * pegawai of one instansi, and the planning offices' summary lines. Pure; lib/data/pegawai.ts
 * evaluates the same rule in SQL (its CASE follows `klasifikasiPegawai` line by line, and the
 * integration test checks both on the same rows).
 *
 * Only ACTIVE pegawai are classified. Each gets at most one flag, the first that applies, in the
 * order their fixes must be done: a unit that is missing or inactive first (placing a jabatan in
 * a dead unit fixes nothing), then a missing jabatan, then a jabatan not placed in the unit.
 */

export const MASALAH_PEGAWAI = ["UNOR_TIDAK_ADA", "UNOR_NONAKTIF", "TANPA_JABATAN", "JABATAN_TIDAK_DITEMPATKAN"] as const;
export type MasalahPegawai = (typeof MASALAH_PEGAWAI)[number];

export interface PosisiPegawai {
  /** The pegawai's unit, or null when it has none or it is not a unit of the pegawai's instansi. */
  unor: { aktif: boolean } | null;
  jabatanId: number | null;
  /** A PetaJabatan cell exists for (the pegawai's unit, the pegawai's jabatan). */
  jabatanDitempatkan: boolean;
}

/** A flagged row's short label (text, so the list reads without colour). */
export const LABEL_MASALAH: Record<MasalahPegawai, string> = {
  UNOR_TIDAK_ADA: "Unor tidak ada di Struktur",
  UNOR_NONAKTIF: "Unor nonaktif",
  TANPA_JABATAN: "Tanpa jabatan",
  JABATAN_TIDAK_DITEMPATKAN: "Jabatan tidak ada di unornya",
};

export function klasifikasiPegawai(p: PosisiPegawai): MasalahPegawai | null {
  if (p.unor === null) return "UNOR_TIDAK_ADA";
  if (!p.unor.aktif) return "UNOR_NONAKTIF";
  if (p.jabatanId === null) return "TANPA_JABATAN";
  if (!p.jabatanDitempatkan) return "JABATAN_TIDAK_DITEMPATKAN";
  return null;
}

/**
 * The count cards. "Unor nonaktif atau tidak ada" is one card over two flags (their fixes differ,
 * so each row keeps its own); "Unor tanpa kebutuhan" counts units, not pegawai.
 */
export const KARTU_MASALAH = [
  { kode: "unor", label: "Pegawai di unor nonaktif atau tidak ada", masalah: ["UNOR_TIDAK_ADA", "UNOR_NONAKTIF"] },
  { kode: "jabatan-tidak-ditempatkan", label: "Jabatan pegawai tidak ada di unornya", masalah: ["JABATAN_TIDAK_DITEMPATKAN"] },
  { kode: "tanpa-jabatan", label: "Pegawai tanpa jabatan", masalah: ["TANPA_JABATAN"] },
  { kode: "unor-tanpa-kebutuhan", label: "Unor berpegawai tanpa kebutuhan", masalah: [] },
] as const satisfies readonly { kode: string; label: string; masalah: readonly MasalahPegawai[] }[];
export type KodeKartu = (typeof KARTU_MASALAH)[number]["kode"];
export const KODE_KARTU = KARTU_MASALAH.map((k) => k.kode) as [KodeKartu, ...KodeKartu[]];

/** A card's figure: the pegawai under its flags, or for "unor-tanpa-kebutuhan" the units. */
export function jumlahKartu(r: { perMasalah: Record<MasalahPegawai, number>; unorTanpaKebutuhan: number }, kode: KodeKartu): number {
  if (kode === "unor-tanpa-kebutuhan") return r.unorTanpaKebutuhan;
  const kartu: { masalah: readonly MasalahPegawai[] } = KARTU_MASALAH.find((k) => k.kode === kode)!;
  return kartu.masalah.reduce((a, m) => a + r.perMasalah[m], 0);
}

/** Where a fix is made: the Struktur tree (with inactive units shown), or the pegawai data (Impor Pegawai). */
export type TempatPerbaikan = "STRUKTUR" | "STRUKTUR_NONAKTIF" | "IMPOR_PEGAWAI";

export interface Saran {
  teks: string;
  tempat: TempatPerbaikan;
}

/** The suggested fix for one flagged pegawai, in the words of the domain. */
export function saranPerbaikan(masalah: MasalahPegawai, ctx: { jabatan: string | null; unor: string | null }): Saran {
  switch (masalah) {
    case "UNOR_TIDAK_ADA":
      return { teks: "Tetapkan unor aktif dari Struktur untuk pegawai ini (Impor Pegawai, kolom unor).", tempat: "IMPOR_PEGAWAI" };
    case "UNOR_NONAKTIF":
      return {
        teks: `Pindahkan ke unit aktif, atau aktifkan kembali ${ctx.unor ?? "unitnya"} bila masih memiliki dasar hukum.`,
        tempat: "STRUKTUR_NONAKTIF",
      };
    case "TANPA_JABATAN":
      return { teks: "Lengkapi jabatan pegawai ini (Impor Pegawai, kolom kode jabatan).", tempat: "IMPOR_PEGAWAI" };
    case "JABATAN_TIDAK_DITEMPATKAN":
      return { teks: `Tempatkan jabatan ${ctx.jabatan ?? "ini"} di unit ${ctx.unor ?? "ini"}, atau pindahkan pegawai ke unit tempat jabatan itu ada.`, tempat: "STRUKTUR" };
  }
}

/** The fix for a unit that has active pegawai but no kebutuhan (no cell, or every cell K = 0). */
export function saranUnorTanpaKebutuhan(unor: string): Saran {
  return { teks: `Tempatkan jabatan dan isi kebutuhannya (ABK) di unit ${unor}.`, tempat: "STRUKTUR" };
}

export interface JumlahKelompok {
  jenis: "PNS" | "PPPK";
  masalah: MasalahPegawai | null;
  jumlah: number;
}

export interface RingkasanPegawai {
  /** Active pegawai (PNS and PPPK). */
  jumlahAktif: number;
  /** Active PNS. */
  jumlahPnsAktif: number;
  /** Active PPPK. */
  jumlahPppkAktif: number;
  /**
   * "PNS sesuai peta jabatan": an active PNS whose (unit, jabatan) cell exists in an active unit of
   * the instansi, i.e. a PNS with no flag. K does not matter: a PNS in a cell with K 0 is in the
   * map (that cell is an excess, counted in kelebihan), not outside it.
   */
  pnsSesuai: number;
  /** Active PNS minus PNS sesuai: those carrying one of the flags. */
  pnsTidakSesuai: number;
  /** Active pegawai (PNS and PPPK) per flag. */
  perMasalah: Record<MasalahPegawai, number>;
}

/** The summary lines and flag counts from the counts grouped by (jenis, flag) of active pegawai. */
export function ringkasPegawai(kelompok: Iterable<JumlahKelompok>): RingkasanPegawai {
  const perMasalah = Object.fromEntries(MASALAH_PEGAWAI.map((m) => [m, 0])) as Record<MasalahPegawai, number>;
  let jumlahAktif = 0;
  let jumlahPnsAktif = 0;
  let pnsSesuai = 0;
  for (const k of kelompok) {
    jumlahAktif += k.jumlah;
    if (k.masalah) perMasalah[k.masalah] += k.jumlah;
    if (k.jenis === "PNS") {
      jumlahPnsAktif += k.jumlah;
      if (!k.masalah) pnsSesuai += k.jumlah;
    }
  }
  return { jumlahAktif, jumlahPnsAktif, jumlahPppkAktif: jumlahAktif - jumlahPnsAktif, pnsSesuai, pnsTidakSesuai: jumlahPnsAktif - pnsSesuai, perMasalah };
}
