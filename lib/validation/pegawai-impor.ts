import { z } from "zod";
import { parseJenisKelamin, parseTanggal } from "@/lib/domain/pegawai-impor/tanggal";
import { nipSchema, parseNip } from "./nip";

/** A cell as the readers hand it over: trimmed text, or null when blank. */
const cell = z.string().nullable();
const blank = (v: string | null) => v === null || v.trim() === "";

const wajib = (label: string) => cell.refine((v) => !blank(v), `${label} wajib diisi.`).transform((v) => v!.trim());
const opsional = (max: number, label: string) =>
  cell.transform((v) => (blank(v) ? null : v!.trim())).refine((v) => v === null || v.length <= max, `${label} paling panjang ${max} karakter.`);
const tanggal = (label: string, required: boolean) =>
  cell.transform((v, ctx) => {
    if (blank(v)) {
      if (required) ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
      return null;
    }
    const t = parseTanggal(v!);
    if (!t) ctx.addIssue({ code: "custom", message: `${label} "${v!.trim().slice(0, 20)}" bukan tanggal yang sah (gunakan YYYY-MM-DD atau DD-MM-YYYY).` });
    return t;
  });

/**
 * One row of the pegawai file. Column checks first, then the NIP against the other columns: its
 * embedded birth date must be Tanggal Lahir and its sex digit Jenis Kelamin (the problem is reported
 * on the NIP column, the one an operator usually mistyped).
 */
export const pegawaiImporRowSchema = z
  .object({
    nip: cell.transform((v) => (v ?? "").trim()).pipe(nipSchema),
    nama: wajib("Nama").refine((v) => v.length <= 200, "Nama paling panjang 200 karakter."),
    tanggalLahir: tanggal("Tanggal Lahir", true),
    jenisKelamin: cell.transform((v, ctx) => {
      const jk = blank(v) ? null : parseJenisKelamin(v!);
      if (!jk) ctx.addIssue({ code: "custom", message: blank(v) ? "Jenis Kelamin wajib diisi (L atau P)." : `Jenis Kelamin "${v!.trim().slice(0, 20)}" tidak dikenal; isi L atau P.` });
      return jk;
    }),
    jenis: cell.transform((v, ctx) => {
      const s = (v ?? "").trim().toUpperCase();
      if (s !== "PNS" && s !== "PPPK") ctx.addIssue({ code: "custom", message: blank(v) ? "Jenis wajib diisi (PNS atau PPPK)." : `Jenis "${v!.trim().slice(0, 20)}" tidak dikenal; isi PNS atau PPPK.` });
      return s as "PNS" | "PPPK";
    }),
    kodeJabatan: opsional(32, "Kode Jabatan"),
    unor: wajib("Unor"),
    pendidikan: opsional(120, "Pendidikan"),
    tmtJabatan: tanggal("TMT Jabatan", false),
  })
  .superRefine((r, ctx) => {
    const parts = parseNip(r.nip);
    if (!parts) return;
    if (r.tanggalLahir && parts.tanggalLahir !== r.tanggalLahir)
      ctx.addIssue({ code: "custom", path: ["nip"], message: `Tanggal lahir pada NIP (${parts.tanggalLahir}) tidak sama dengan kolom Tanggal Lahir (${r.tanggalLahir}).` });
    if (r.jenisKelamin && parts.jenisKelamin !== r.jenisKelamin)
      ctx.addIssue({ code: "custom", path: ["nip"], message: `Kode jenis kelamin pada NIP (${parts.jenisKelamin === "PRIA" ? "1, pria" : "2, wanita"}) tidak sama dengan kolom Jenis Kelamin (${r.jenisKelamin === "PRIA" ? "L" : "P"}).` });
  });

export type PegawaiImporRow = z.output<typeof pegawaiImporRowSchema>;
export type PegawaiImporCells = z.input<typeof pegawaiImporRowSchema>;

/** Tambah/Perbarui: upsert by NIP. Ganti Seluruhnya: also deactivates the instansi's pegawai missing from the file. */
export const MODE_IMPOR = ["TAMBAH", "GANTI"] as const;
export type ModeImpor = (typeof MODE_IMPOR)[number];

const id = z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." });

export const pegawaiImporSchema = z.object({
  instansiId: id,
  file: z.string().min(1),
  format: z.enum(["xlsx", "csv"], { error: "Format file harus .xlsx atau .csv." }),
  mode: z.enum(MODE_IMPOR, { error: "Pilih mode impor: Tambah/Perbarui atau Ganti Seluruhnya." }),
});
export type PegawaiImporInput = z.input<typeof pegawaiImporSchema>;

/** The query of the upload routes: mode and the file's format (from its name in the browser). */
export const pegawaiImporQuerySchema = z.object({
  mode: z.enum(MODE_IMPOR, { error: "Pilih mode impor: Tambah/Perbarui atau Ganti Seluruhnya." }),
  format: z.enum(["xlsx", "csv"], { error: "Format file harus .xlsx atau .csv." }),
});
