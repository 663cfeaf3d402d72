/**
 * The jenjang (level) of a jabatan: the one list every form, schema, label and wire format derives
 * from. Order is the Prisma enum `Jenjang`'s: highest first, struktural (eselon) before fungsional.
 */

/** Struktural levels, i.e. the eselon of a unit's head, highest first. */
export const ESELON = ["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS"] as const;
/** Jabatan fungsional, kategori keahlian, highest first. */
export const JF_KEAHLIAN = ["AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA"] as const;
/** Jabatan fungsional, kategori keterampilan, highest first. */
export const JF_KETERAMPILAN = ["PENYELIA", "MAHIR", "TERAMPIL", "PEMULA"] as const;
/** Every jenjang of a jabatan fungsional, keahlian then keterampilan. */
export const JF_JENJANG = [...JF_KEAHLIAN, ...JF_KETERAMPILAN] as const;
/** All jenjang, in the enum's order (the packed editor data encodes a jenjang as its index here). */
export const JENJANG = [...ESELON, ...JF_JENJANG] as const;

export type Jenjang = (typeof JENJANG)[number];
export type Eselon = (typeof ESELON)[number];

export const JENJANG_LABEL: Record<Jenjang, string> = {
  JPT_UTAMA: "JPT Utama",
  JPT_MADYA: "JPT Madya",
  JPT_PRATAMA: "JPT Pratama",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  AHLI_UTAMA: "Ahli Utama",
  AHLI_MADYA: "Ahli Madya",
  AHLI_MUDA: "Ahli Muda",
  AHLI_PERTAMA: "Ahli Pertama",
  PENYELIA: "Penyelia",
  MAHIR: "Mahir",
  TERAMPIL: "Terampil",
  PEMULA: "Pemula",
};
