import { z } from "zod";
import { ESELON } from "@/lib/domain/jabatan/jenjang";

/** Unit names: trimmed, inner whitespace collapsed, 3–300 characters, no control characters. */
export const namaUnorSchema = z
  .string({ error: "Nama unor wajib diisi." })
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(3, { error: "Nama unor minimal 3 karakter." })
      .max(300, { error: "Nama unor paling panjang 300 karakter." })
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { error: "Nama unor tidak boleh berisi karakter kendali." }),
  );

/** Two sibling names that differ only in spacing or case are the same unit. */
export const normalizeNamaUnor = (nama: string) => nama.replace(/\s+/g, " ").trim().toLocaleLowerCase("id");

const id = (label: string) => z.coerce.number({ error: `${label} tidak valid.` }).int({ error: `${label} tidak valid.` }).positive({ error: `${label} tidak valid.` });
const version = z.coerce.number({ error: "Versi data tidak valid." }).int().positive({ error: "Versi data tidak valid." });

export const JENIS_UNOR = ["STRUKTURAL", "PUSKESMAS", "RUMAH_SAKIT", "SEKOLAH", "UNIT_LAYANAN"] as const;
export { ESELON };

export const unorCreateSchema = z.object({
  instansiId: id("Instansi"),
  parentId: id("Unor atasan"),
  nama: namaUnorSchema,
  jenis: z.enum(JENIS_UNOR, { error: "Jenis unor tidak dikenal." }),
  eselon: z.enum(ESELON, { error: "Jenjang jabatan kepala unor tidak dikenal." }),
  /** The head's structural jabatan from the catalogue; defaults to the first one of that eselon. */
  jabatanKepalaId: id("Jabatan kepala").optional(),
  dasarHukumNomor: z.string().trim().max(200, { error: "Nomor dasar hukum paling panjang 200 karakter." }).optional().transform((v) => v || undefined),
  dasarHukumTanggal: z.iso.date({ error: "Tanggal dasar hukum harus berformat TTTT-BB-HH." }).optional().or(z.literal("").transform(() => undefined)),
});

export const unorRenameSchema = z.object({
  unorId: id("Unor"),
  version,
  nama: namaUnorSchema,
  alasan: z
    .string({ error: "Alasan wajib diisi." })
    .trim()
    .min(10, { error: "Alasan minimal 10 karakter: ubah nama hanya untuk memperbaiki salah ketik." })
    .max(500, { error: "Alasan paling panjang 500 karakter." }),
});

export const unorMoveSchema = z.object({
  unorId: id("Unor"),
  version,
  parentId: id("Unor atasan"),
  /** 0-based position among the new siblings the operator sees: the active ones, unless includeInactive. */
  index: z.coerce.number().int().min(0, { error: "Posisi tidak valid." }),
  includeInactive: z.boolean().default(false),
});

export const unorVersionSchema = z.object({ unorId: id("Unor"), version });
export const unorAktifSchema = unorVersionSchema.extend({ aktif: z.boolean() });

export const kebutuhanSchema = z.coerce
  .number({ error: "Kebutuhan harus berupa angka." })
  .int({ error: "Kebutuhan harus bilangan bulat." })
  .min(0, { error: "Kebutuhan tidak boleh negatif." })
  .max(100000, { error: "Kebutuhan terlalu besar." });

export const placeJabatanSchema = z.object({
  unorId: id("Unor"),
  jabatanId: id("Jabatan"),
  kebutuhan: kebutuhanSchema,
  jenis: z.enum(["FUNGSIONAL", "PELAKSANA"], { error: "Hanya jabatan fungsional atau pelaksana yang ditambahkan di sini." }),
});

export const petaJabatanVersionSchema = z.object({ petaJabatanId: id("Jabatan"), version });
export const kebutuhanUpdateSchema = petaJabatanVersionSchema.extend({ kebutuhan: kebutuhanSchema });

export const replicateSchema = z.object({
  sourceUnorId: id("Unor sumber"),
  targetUnorId: id("Unor tujuan"),
  jenis: z.array(z.enum(["FUNGSIONAL", "PELAKSANA"])).min(1, { error: "Pilih jabatan fungsional dan/atau pelaksana." }),
});
