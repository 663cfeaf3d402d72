/**
 * States and labels of the Data Unor and Info Jabatan lists. Pure.
 * An infojab is "Belum diisi" while none was saved for the placed jabatan, "Diisi" once saved,
 * "Terkunci" once locked (lockedAt set) — the same facts the infojab screen shows.
 */
export const STATUS_INFOJAB = ["BELUM_DIISI", "DIISI", "TERKUNCI"] as const;
export type StatusInfojab = (typeof STATUS_INFOJAB)[number];

export const STATUS_INFOJAB_LABEL: Record<StatusInfojab, string> = {
  BELUM_DIISI: "Belum diisi",
  DIISI: "Diisi",
  TERKUNCI: "Terkunci",
};

export function statusInfojab(infojab: { lockedAt: Date | string | null } | null): StatusInfojab {
  if (!infojab) return "BELUM_DIISI";
  return infojab.lockedAt ? "TERKUNCI" : "DIISI";
}

export const SUMBER_KEBUTUHAN = ["ABK", "STANDAR_PEMBINA", "STRUKTURAL", "MANUAL"] as const;
export type SumberKebutuhanKode = (typeof SUMBER_KEBUTUHAN)[number];

export const SUMBER_KEBUTUHAN_LABEL: Record<SumberKebutuhanKode, string> = {
  ABK: "ABK",
  STANDAR_PEMBINA: "Standar pembina",
  STRUKTURAL: "Struktural",
  MANUAL: "Manual",
};

export const JENIS_JABATAN_URUTAN = ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"] as const;
