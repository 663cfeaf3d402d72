import { z } from "zod";

/**
 * NIP PNS: 18 digits = tanggal lahir (YYYYMMDD) + TMT CPNS (YYYYMM) + jenis kelamin (1 pria, 2 wanita)
 * + nomor urut (3 digits).
 */
export interface NipParts {
  tanggalLahir: string; // YYYY-MM-DD
  tmtCpns: string; // YYYY-MM
  jenisKelamin: "PRIA" | "WANITA";
  nomorUrut: number;
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function parseNip(nip: string): NipParts | null {
  if (!/^\d{18}$/.test(nip)) return null;
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  const g = nip[14];
  if (y < 1900 || !validDate(y, m, d)) return null;
  if (ty < 1950 || tm < 1 || tm > 12 || ty * 12 + tm <= y * 12 + m) return null;
  if (g !== "1" && g !== "2") return null;
  return {
    tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    jenisKelamin: g === "1" ? "PRIA" : "WANITA",
    nomorUrut: Number(nip.slice(15, 18)),
  };
}

export const nipSchema = z
  .string()
  .trim()
  .refine((v) => /^\d{18}$/.test(v), "NIP harus 18 digit angka.")
  .refine((v) => !/^\d{18}$/.test(v) || parseNip(v) !== null, "NIP tidak valid: tanggal lahir, TMT CPNS atau kode jenis kelamin salah.");

/** The birth date embedded in the NIP must agree with the stated tanggal lahir (YYYY-MM-DD). */
export function nipMatchesBirthDate(nip: string, tanggalLahir: string): boolean {
  return parseNip(nip)?.tanggalLahir === tanggalLahir;
}
