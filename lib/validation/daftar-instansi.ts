import { z } from "zod";
import { STATUS_INFOJAB, SUMBER_KEBUTUHAN } from "@/lib/domain/resume/status";

/**
 * The filters of the Data Unor and Info Jabatan lists, read from the page's query string. Anything
 * unreadable falls back to "no filter" (a hand-edited URL shows the whole list, never an error page).
 */
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => one(v) || undefined, z.enum(values).optional()).catch(undefined);
const cari = z.preprocess((v) => String(one(v) ?? "").trim().slice(0, 100), z.string()).catch("");
const halaman = z.preprocess(one, z.coerce.number().int().min(1).max(100_000)).catch(1);

export const UKURAN_HALAMAN = 100;

export const dataUnorFilterSchema = z.object({
  q: cari,
  jenis: optionalEnum(["STRUKTURAL", "PUSKESMAS", "RUMAH_SAKIT", "SEKOLAH", "UNIT_LAYANAN"]),
  status: optionalEnum(["aktif", "nonaktif"]),
  halaman,
});
export type DataUnorFilter = z.infer<typeof dataUnorFilterSchema>;

export const infoJabatanFilterSchema = z.object({
  q: cari,
  status: optionalEnum(STATUS_INFOJAB),
  sumber: optionalEnum(SUMBER_KEBUTUHAN),
  jenis: optionalEnum(["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"]),
  halaman,
});
export type InfoJabatanFilter = z.infer<typeof infoJabatanFilterSchema>;
