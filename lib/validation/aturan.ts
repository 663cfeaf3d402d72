import { z } from "zod";
import { aturanPerhitunganSchema } from "./abk";

/** A new rule-set version, as ADMIN submits it. Rule sets are never edited in place: old kebutuhan cite their version. */
export const aturanCreateSchema = aturanPerhitunganSchema.extend({
  versi: z
    .string()
    .trim()
    .min(3, { error: "Versi minimal 3 karakter." })
    .max(40, { error: "Versi paling panjang 40 karakter." })
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, { error: "Versi hanya huruf besar, angka, titik, garis bawah atau tanda hubung." }),
  berlakuMulai: z.iso.date({ error: "Tanggal berlaku harus berformat TTTT-BB-HH." }),
  sumber: z.string().trim().min(5, { error: "Sumber hukum wajib diisi (minimal 5 karakter)." }).max(500),
});

export type AturanCreateInput = z.infer<typeof aturanCreateSchema>;
