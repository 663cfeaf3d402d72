import { z } from "zod";
import { JENIS_FASKES, JENJANG_SEKOLAH, WILAYAH_FASKES, type StandarPuskesmas, type StandarSekolah } from "@/lib/domain/standar";

const id = z.coerce.number().int().positive();
const jumlah = z.number().int().min(0).max(1000);
const kodeJabatan = z.string().trim().min(1).max(32);

// ---- The standards' rule data (StandarPembina.aturan) --------------------------------------

const rumusSekolahSchema = z.discriminatedUnion("jenis", [
  z.object({ jenis: z.literal("PER_ROMBEL"), perRombel: z.number().int().min(1).max(10) }),
  z.object({ jenis: z.literal("JAM_PELAJARAN"), jpPerMinggu: z.number().int().min(1).max(40), minimum: jumlah }),
  z.object({ jenis: z.literal("TETAP"), jumlah: z.number().int().min(1).max(100) }),
]);

const jenjangSchema = z.object({
  maxRombel: z.number().int().min(1).max(100),
  jumlahTingkat: z.number().int().min(1).max(6),
  baris: z.array(z.object({ kodeJabatan, label: z.string().trim().min(1).max(120), rumus: rumusSekolahSchema })).min(1),
});

export const standarSekolahSchema: z.ZodType<StandarSekolah> = z.object({
  jpWajibGuru: z.number().int().min(1).max(60),
  pembulatan: z.object({ bawahSatu: z.union([z.literal(0), z.literal(1)]), lainnya: z.enum(["KE_BAWAH", "STANDAR", "KE_ATAS"]) }),
  jenjang: z.object({ SD: jenjangSchema, SMP: jenjangSchema, SMA: jenjangSchema, SMK: jenjangSchema }),
});

const kolomSchema = z.object({ NON_RAWAT_INAP: jumlah, RAWAT_INAP: jumlah });
export const standarPuskesmasSchema: z.ZodType<StandarPuskesmas> = z.object({
  baris: z
    .array(
      z.object({
        kodeJabatan,
        label: z.string().trim().min(1).max(120),
        jumlah: z.object({ PERKOTAAN: kolomSchema, PERDESAAN: kolomSchema, TERPENCIL: kolomSchema }),
      }),
    )
    .min(1),
});

/** A new standard version as ADMIN submits it (aturan as JSON text from the form). */
export const standarCreateSchema = z
  .object({
    jenis: z.enum(["SEKOLAH", "PUSKESMAS"], { error: "Pilih jenis standar." }),
    versi: z
      .string()
      .trim()
      .min(3, { error: "Versi minimal 3 karakter." })
      .max(40, { error: "Versi paling panjang 40 karakter." })
      .regex(/^[A-Z0-9][A-Z0-9./_-]*$/, { error: "Versi hanya huruf besar, angka, titik, garis miring, garis bawah atau tanda hubung." }),
    berlakuMulai: z.iso.date({ error: "Tanggal berlaku harus berformat TTTT-BB-HH." }),
    sumber: z.string().trim().min(5, { error: "Sumber hukum wajib diisi (minimal 5 karakter)." }).max(500),
    aturan: z.string().max(100_000),
  })
  .transform((v, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(v.aturan);
    } catch {
      ctx.addIssue({ code: "custom", path: ["aturan"], message: "Aturan harus JSON yang sah." });
      return z.NEVER;
    }
    const parsed = (v.jenis === "SEKOLAH" ? standarSekolahSchema : standarPuskesmasSchema).safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      ctx.addIssue({ code: "custom", path: ["aturan"], message: `Aturan tidak sesuai bentuk standar ${v.jenis.toLowerCase()}: ${first.path.join(".") || "(akar)"} — ${first.message}` });
      return z.NEVER;
    }
    return { ...v, aturan: parsed.data as StandarSekolah | StandarPuskesmas };
  });

// ---- Reference rows (ADMIN import) ---------------------------------------------------------

const teks = (max: number, label: string) => z.string().trim().min(1, { error: `${label} wajib diisi.` }).max(max, { error: `${label} paling panjang ${max} karakter.` });
const opsional = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : null));
const siswa = z.coerce.number({ error: "Jumlah siswa harus angka." }).int({ error: "Jumlah siswa harus bilangan bulat." }).min(0, { error: "Jumlah siswa tidak boleh negatif." }).max(5000);

export const referensiSekolahRowSchema = z
  .object({
    npsn: z.string().trim().regex(/^\d{8}$/, { error: "NPSN harus 8 digit." }),
    nama: teks(200, "Nama sekolah"),
    jenjang: z.enum(JENJANG_SEKOLAH, { error: "Jenjang harus SD, SMP, SMA atau SMK." }),
    kodeInstansi: teks(16, "Kode instansi"),
    kecamatan: opsional(120),
    // Blank first: z.coerce would read "" as 0.
    siswa: z.array(z.union([z.literal("").transform(() => null), z.undefined().transform(() => null), z.null(), siswa])).length(6),
  })
  .transform((v, ctx) => {
    const tingkat = v.jenjang === "SD" ? 6 : 3;
    const isi = v.siswa.slice(0, tingkat);
    if (isi.some((s) => s === null)) {
      ctx.addIssue({ code: "custom", path: ["siswa"], message: `${v.jenjang} memerlukan jumlah siswa untuk ${tingkat} tingkat.` });
      return z.NEVER;
    }
    if (v.siswa.slice(tingkat).some((s) => s !== null && s !== 0)) {
      ctx.addIssue({ code: "custom", path: ["siswa"], message: `${v.jenjang} hanya memiliki ${tingkat} tingkat.` });
      return z.NEVER;
    }
    const { siswa: _s, ...rest } = v;
    return { ...rest, siswaPerTingkat: isi as number[] };
  });
export type ReferensiSekolahRow = z.output<typeof referensiSekolahRowSchema>;

export const referensiFaskesRowSchema = z
  .object({
    kode: z.string().trim().regex(/^[A-Z0-9]{6,20}$/, { error: "Kode faskes 6–20 huruf besar/angka." }),
    nama: teks(200, "Nama faskes"),
    jenis: z.enum(JENIS_FASKES, { error: "Jenis harus PUSKESMAS_NON_RAWAT_INAP, PUSKESMAS_RAWAT_INAP atau RUMAH_SAKIT." }),
    wilayah: z.union([z.enum(WILAYAH_FASKES, { error: "Wilayah harus PERKOTAAN, PERDESAAN atau TERPENCIL." }), z.literal("").transform(() => null), z.undefined().transform(() => null)]),
    kelasRs: z.union([z.enum(["A", "B", "C", "D"], { error: "Kelas RS harus A, B, C atau D." }), z.literal("").transform(() => null), z.undefined().transform(() => null)]),
    kodeInstansi: teks(16, "Kode instansi"),
    kecamatan: opsional(120),
  })
  .superRefine((v, ctx) => {
    if (v.jenis === "RUMAH_SAKIT" && !v.kelasRs) ctx.addIssue({ code: "custom", path: ["kelasRs"], message: "Rumah sakit wajib memiliki kelas." });
    if (v.jenis !== "RUMAH_SAKIT" && !v.wilayah) ctx.addIssue({ code: "custom", path: ["wilayah"], message: "Puskesmas wajib memiliki karakteristik wilayah." });
  });
export type ReferensiFaskesRow = z.output<typeof referensiFaskesRowSchema>;

// ---- Operator imports ----------------------------------------------------------------------

/** Import Unor Pembina: reference entries (by id) created as units under `parentId`. */
export const importUnorPembinaSchema = z.object({
  parentId: id,
  jenis: z.enum(["SEKOLAH", "FASKES"]),
  referensiIds: z.array(id).min(1, { error: "Pilih minimal satu entri referensi." }).max(2000, { error: "Paling banyak 2.000 entri sekali impor." }),
});
export type ImportUnorPembinaInput = z.infer<typeof importUnorPembinaSchema>;

/** Import Jabatan Guru / Nakes: the standard jabatan placed in the reference units under `unorId`. */
export const importJabatanStandarSchema = z.object({
  unorId: id,
  jenis: z.enum(["SEKOLAH", "PUSKESMAS"]),
});
export type ImportJabatanStandarInput = z.infer<typeof importJabatanStandarSchema>;

export const referensiFilterSchema = z.object({
  parentId: id,
  q: z.string().trim().max(100).catch(""),
  jenjang: z.enum(JENJANG_SEKOLAH).nullish().catch(null),
});
