import { z } from "zod";
import {
  PEMBULATAN,
  PRESTASI_JABATAN,
  type Periode,
  type RuleSet,
  type SatuanWaktu,
} from "@/lib/domain/abk";

// ── Rule set stored in AturanPerhitungan ────────────────────────────────────────────────────────

const faktor = (p: Periode) => z.number({ error: `Faktor periode ${p} harus berupa angka.` }).positive({ error: `Faktor periode ${p} harus lebih dari 0.` });

export const faktorPeriodeSchema = z.object({
  TAHUN: faktor("TAHUN"),
  BULAN: faktor("BULAN"),
  MINGGU: faktor("MINGGU"),
  HARI: faktor("HARI"),
});

export const bandEjSchema = z.object({
  pj: z.enum(PRESTASI_JABATAN, { error: "Prestasi jabatan harus A, B, C, D atau E." }),
  min: z.number({ error: "Batas bawah band harus berupa angka." }).min(0, { error: "Batas bawah band tidak boleh negatif." }),
  minInklusif: z.boolean({ error: "minInklusif harus true atau false." }),
  label: z.string().trim().min(1, { error: "Label band wajib diisi." }),
});

/** Highest first, each PJ once: the formula takes the first band whose lower bound EJ meets. */
export const bandEjListSchema = z
  .array(bandEjSchema)
  .min(1, { error: "Band EJ tidak boleh kosong." })
  .refine((bands) => bands.every((b, i) => i === 0 || bands[i - 1].min >= b.min), {
    error: "Band EJ harus urut dari batas bawah tertinggi.",
  })
  .refine((bands) => new Set(bands.map((b) => b.pj)).size === bands.length, { error: "Setiap prestasi jabatan hanya boleh muncul sekali." });

/** An AturanPerhitungan row (its JSON columns included) read as a RuleSet; other columns are dropped. */
export const aturanPerhitunganSchema = z.object({
  versi: z.string().trim().min(1).max(40),
  wkeMenit: z.number().int().positive({ error: "WKE harus lebih dari 0 menit." }),
  faktorPeriode: faktorPeriodeSchema,
  pembulatan: z.enum(PEMBULATAN),
  bandEJ: bandEjListSchema,
});

export function parseAturanPerhitungan(row: unknown): RuleSet {
  return aturanPerhitunganSchema.parse(row);
}

// ── POST /api/v1/abk/hitung ─────────────────────────────────────────────────────────────────────

export const MAX_TUGAS = 1000;
/** What Decimal(14,4) can hold: a figure the database could not store is not a sensible input. */
export const MAX_DECIMAL = 9_999_999_999.9999;

const requiredPositiveNumber = (label: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa angka.`) })
    .positive({ error: `${label} harus lebih dari 0.` })
    .max(MAX_DECIMAL, { error: `${label} terlalu besar (paling besar 9.999.999.999,9999).` });

const PERIODE_API = ["tahun", "bulan", "minggu", "hari"] as const;
const SATUAN_API = ["jam", "menit"] as const;

export const tugasRequestSchema = z.object(
  {
    uraian: z
      .string({ error: (iss) => (iss.input === undefined ? "Uraian tugas wajib diisi." : "Uraian tugas harus berupa teks.") })
      .trim()
      .min(1, { error: "Uraian tugas wajib diisi." })
      .max(2000, { error: "Uraian tugas paling panjang 2.000 karakter." }),
    volume: requiredPositiveNumber("Volume"),
    periode: z
      .enum(PERIODE_API, {
        error: (iss) => (iss.input === undefined ? "Periode wajib diisi." : "Periode harus salah satu dari: tahun, bulan, minggu, hari."),
      })
      .transform((p) => p.toUpperCase() as Periode),
    waktu: requiredPositiveNumber("Waktu penyelesaian"),
    satuanWaktu: z
      .enum(SATUAN_API, {
        error: (iss) => (iss.input === undefined ? "Satuan waktu wajib diisi." : "Satuan waktu harus jam atau menit."),
      })
      .transform((s) => s.toUpperCase() as SatuanWaktu),
  },
  { error: "Setiap uraian tugas harus berupa objek." },
);

export const aturanOverrideSchema = z.strictObject(
  {
    wkeMenit: z
      .number({ error: "WKE harus berupa angka." })
      .int({ error: "WKE harus bilangan bulat (menit)." })
      .positive({ error: "WKE harus lebih dari 0 menit." })
      .optional(),
    pembulatan: z.enum(PEMBULATAN, { error: "Pembulatan harus KE_ATAS, STANDAR atau KE_BAWAH." }).optional(),
  },
  {
    // A typo such as "wke" must not silently fall back to the rule in force.
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? `Kolom aturan tidak dikenal: ${iss.keys.join(", ")}. Yang boleh: wkeMenit, pembulatan.`
        : "Aturan harus berupa objek.",
  },
);

export const abkHitungRequestSchema = z.object(
  {
    tugas: z
      .array(tugasRequestSchema, {
        error: (iss) => (iss.input === undefined ? "Daftar tugas wajib diisi." : "Daftar tugas harus berupa larik (array)."),
      })
      .min(1, { error: "Isi paling sedikit satu uraian tugas." })
      .max(MAX_TUGAS, { error: "Paling banyak 1.000 uraian tugas dalam satu perhitungan." }),
    existing: z
      .number({ error: "Existing harus berupa angka." })
      .int({ error: "Existing harus bilangan bulat." })
      .min(0, { error: "Existing tidak boleh negatif." })
      .nullish(),
    aturan: aturanOverrideSchema.optional(),
  },
  { error: "Isi permintaan harus berupa objek JSON." },
);

export type AbkHitungRequest = z.output<typeof abkHitungRequestSchema>;

/** The public response contract; the route maps HasilAbk onto exactly these names. */
export interface AbkHitungResponse {
  totalMenit: number;
  wkeMenit: number;
  kebutuhanPecahan: number;
  kebutuhan: number;
  ej: number | null;
  pj: "A" | "B" | "C" | "D" | "E" | null;
  versiAturan: string;
  rincian: { uraian: string; menitSetahun: number }[];
}
