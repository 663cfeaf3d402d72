import { z } from "zod";
import { PERIODE, SATUAN_WAKTU } from "@/lib/domain/abk";
import { BAKAT_KERJA, FUNGSI_PEKERJAAN, JENIS_KELAMIN, MINAT_KERJA, TEMPERAMEN, UPAYA_FISIK, kodeSet, type Kode } from "@/lib/domain/infojab/kode";
import { MAX_DECIMAL, MAX_TUGAS } from "./abk";

/**
 * The one schema of an informasi jabatan: the editor's form, its save action, the Excel import and
 * replikasi all parse with it. Text is trimmed and bounded; lists are bounded so that a hostile
 * request cannot make a row the size of the database.
 */

const MAX_ROWS = 200;

const teks = (label: string, max = 2000) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} paling panjang ${max.toLocaleString("id-ID")} karakter.` });

const teksWajib = (label: string, max = 2000) => teks(label, max).min(1, { error: `${label} wajib diisi.` });

const daftar = <T extends z.ZodType>(item: T, label: string) =>
  z.array(item, { error: `${label} harus berupa daftar.` }).max(MAX_ROWS, { error: `${label} paling banyak ${MAX_ROWS} baris.` });

const kode = (list: readonly Kode[], label: string) => {
  const codes = kodeSet(list) as [string, ...string[]];
  return daftar(z.enum(codes, { error: `${label}: kode tidak dikenal. Pilih dari daftar baku.` }), label).refine(
    (xs) => new Set(xs).size === xs.length,
    { error: `${label}: setiap kode cukup dipilih sekali.` },
  );
};

/** Four decimals at most: what Decimal(14,4) stores; more would be silently cut. */
const angkaPositif = (label: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined || iss.input === null ? `${label} wajib diisi.` : `${label} harus berupa angka.`) })
    .positive({ error: `${label} harus lebih dari 0.` })
    .max(MAX_DECIMAL, { error: `${label} terlalu besar (paling besar 9.999.999.999,9999).` })
    .refine((n) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6, { error: `${label} paling banyak 4 angka di belakang koma.` });

export const uraianTugasSchema = z.object({
  uraian: teksWajib("Uraian tugas"),
  hasilKerja: teks("Hasil kerja", 250).default(""),
  satuan: teks("Satuan hasil", 80).default(""),
  volume: angkaPositif("Beban kerja"),
  periode: z.enum(PERIODE, { error: "Periode harus TAHUN, BULAN, MINGGU atau HARI." }),
  waktu: angkaPositif("Waktu penyelesaian"),
  satuanWaktu: z.enum(SATUAN_WAKTU, { error: "Satuan waktu harus JAM atau MENIT." }),
});

export const hasilKerjaSchema = z.object({ hasil: teksWajib("Hasil kerja", 500), satuan: teks("Satuan", 80).default("") });
export const bahanKerjaSchema = z.object({ bahan: teksWajib("Bahan kerja", 500), penggunaan: teks("Penggunaan dalam tugas", 1000).default("") });
export const perangkatKerjaSchema = z.object({ perangkat: teksWajib("Perangkat kerja", 500), penggunaan: teks("Penggunaan untuk tugas", 1000).default("") });
export const korelasiJabatanSchema = z.object({
  jabatan: teksWajib("Jabatan", 300),
  unitKerja: teks("Unit kerja/instansi", 300).default(""),
  dalamHal: teks("Dalam hal", 1000).default(""),
});
export const kondisiLingkunganSchema = z.object({ aspek: teksWajib("Aspek", 200), faktor: teks("Faktor", 500).default("") });
export const risikoBahayaSchema = z.object({ risiko: teksWajib("Fisik/mental (risiko)", 500), penyebab: teks("Penyebab", 1000).default("") });

export const kualifikasiSchema = z.object({
  pendidikanFormal: teks("Pendidikan formal", 500).default(""),
  pelatihan: daftar(teksWajib("Pelatihan", 300), "Pelatihan").default([]),
  pengalaman: daftar(teksWajib("Pengalaman kerja", 300), "Pengalaman kerja").default([]),
});

export const kondisiFisikSchema = z.object({
  jenisKelamin: z.union([z.enum(JENIS_KELAMIN, { error: "Jenis kelamin harus Laki-laki, Perempuan, atau Laki-laki atau Perempuan." }), z.literal("")]).default(""),
  umur: teks("Umur", 100).default(""),
  tinggiBadan: teks("Tinggi badan", 100).default(""),
  beratBadan: teks("Berat badan", 100).default(""),
  posturBadan: teks("Postur badan", 100).default(""),
  penampilan: teks("Penampilan", 200).default(""),
  keadaanFisik: teks("Keadaan fisik", 200).default(""),
});

export const syaratJabatanSchema = z.object({
  pengetahuan: daftar(teksWajib("Pengetahuan kerja", 300), "Pengetahuan kerja").default([]),
  keterampilan: daftar(teksWajib("Keterampilan kerja", 300), "Keterampilan kerja").default([]),
  bakatKerja: kode(BAKAT_KERJA, "Bakat kerja").default([]),
  temperamen: kode(TEMPERAMEN, "Temperamen kerja").default([]),
  minat: kode(MINAT_KERJA, "Minat kerja").default([]),
  upayaFisik: kode(UPAYA_FISIK, "Upaya fisik").default([]),
  kondisiFisik: kondisiFisikSchema.default(kondisiFisikSchema.parse({})),
  fungsiPekerjaan: kode(FUNGSI_PEKERJAAN, "Fungsi pekerjaan").default([]),
});

/** Everything an operator writes in an infojab; the identity comes from the placed jabatan. */
export const infojabIsiSchema = z.object({
  ikhtisar: teks("Ikhtisar jabatan", 4000).default(""),
  kualifikasi: kualifikasiSchema.default(kualifikasiSchema.parse({})),
  uraianTugas: z
    .array(uraianTugasSchema, { error: "Uraian tugas harus berupa daftar." })
    .max(MAX_TUGAS, { error: `Paling banyak ${MAX_TUGAS.toLocaleString("id-ID")} uraian tugas.` })
    .default([]),
  hasilKerja: daftar(hasilKerjaSchema, "Hasil kerja").default([]),
  bahanKerja: daftar(bahanKerjaSchema, "Bahan kerja").default([]),
  perangkatKerja: daftar(perangkatKerjaSchema, "Perangkat kerja").default([]),
  tanggungJawab: daftar(teksWajib("Tanggung jawab", 1000), "Tanggung jawab").default([]),
  wewenang: daftar(teksWajib("Wewenang", 1000), "Wewenang").default([]),
  korelasiJabatan: daftar(korelasiJabatanSchema, "Korelasi jabatan").default([]),
  kondisiLingkungan: daftar(kondisiLingkunganSchema, "Kondisi lingkungan kerja").default([]),
  risikoBahaya: daftar(risikoBahayaSchema, "Risiko bahaya").default([]),
  syaratJabatan: syaratJabatanSchema.default(syaratJabatanSchema.parse({})),
  prestasiKerja: teks("Prestasi kerja yang diharapkan", 4000).default(""),
  kelasJabatan: z
    .number({ error: "Kelas jabatan harus berupa angka." })
    .int({ error: "Kelas jabatan harus bilangan bulat." })
    .min(1, { error: "Kelas jabatan paling rendah 1." })
    .max(17, { error: "Kelas jabatan paling tinggi 17." })
    .nullable()
    .default(null),
});

export type InfojabIsi = z.output<typeof infojabIsiSchema>;
export type InfojabIsiInput = z.input<typeof infojabIsiSchema>;
export type UraianTugasIsi = z.output<typeof uraianTugasSchema>;

export const EMPTY_INFOJAB: InfojabIsi = infojabIsiSchema.parse({});

const id = (label: string) => z.coerce.number({ error: `${label} tidak sah.` }).int({ error: `${label} tidak sah.` }).positive({ error: `${label} tidak sah.` });
/** The infojab's version as the editor loaded it; 0 when it did not exist yet. */
const version = z.coerce.number({ error: "Versi tidak sah." }).int({ error: "Versi tidak sah." }).min(0, { error: "Versi tidak sah." });

export const saveInfojabSchema = z.object({ petaJabatanId: id("Jabatan"), version, isi: infojabIsiSchema });
export const lockInfojabSchema = z.object({ petaJabatanId: id("Jabatan"), version });
export const unlockInfojabSchema = z.object({
  petaJabatanId: id("Jabatan"),
  version,
  alasan: teks("Alasan", 1000).min(5, { error: "Tuliskan alasan membuka kunci validasi (paling sedikit 5 karakter)." }),
});
export const copyInfojabSchema = z.object({ petaJabatanId: id("Jabatan"), version, sumberPetaJabatanId: id("Jabatan sumber") });

/** A stored Infojab row (JSON columns, Decimal uraian) read back as the editor's document. */
export function infojabRowToIsi(row: {
  ikhtisar: string | null;
  kualifikasi: unknown;
  hasilKerja: unknown;
  bahanKerja: unknown;
  perangkatKerja: unknown;
  tanggungJawab: unknown;
  wewenang: unknown;
  korelasiJabatan: unknown;
  kondisiLingkungan: unknown;
  risikoBahaya: unknown;
  syaratJabatan: unknown;
  prestasiKerja: string | null;
  kelasJabatan: number | null;
  uraianTugas: { uraian: string; hasilKerja: string | null; satuan: string | null; volume: { toString(): string }; periode: string; waktu: { toString(): string }; satuanWaktu: string }[];
}): InfojabIsi {
  const parsed = infojabIsiSchema.safeParse({
    ...row,
    ikhtisar: row.ikhtisar ?? "",
    prestasiKerja: row.prestasiKerja ?? "",
    uraianTugas: row.uraianTugas.map((t) => ({ ...t, hasilKerja: t.hasilKerja ?? "", satuan: t.satuan ?? "", volume: Number(t.volume.toString()), waktu: Number(t.waktu.toString()) })),
  });
  // Rows written before a section's schema existed: keep what parses, never fail the page.
  if (parsed.success) return parsed.data;
  throw new Error(`Infojab tersimpan tidak sah: ${parsed.error.issues[0]?.message}`);
}
