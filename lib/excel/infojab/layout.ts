/**
 * The infojab workbook, as data: one sheet per section, every data row keyed by "Kode Peta Jabatan"
 * (PetaJabatan.id). The writer, the reader and the Petunjuk sheet all follow this table, so a column
 * renamed here is renamed everywhere. Pure: no exceljs, no database.
 */
import { PERIODE, SATUAN_WAKTU } from "@/lib/domain/abk";

export type ColumnType = "text" | "number" | "int" | "list";

export interface ColumnDef {
  header: string;
  key: string;
  width: number;
  type: ColumnType;
  /** Allowed values of a "list" column, checked by Excel's data validation and by the reader. */
  list?: readonly string[];
  required?: boolean;
}

export interface SheetDef {
  name: string;
  columns: ColumnDef[];
}

export const KODE_HEADER = "Kode Peta Jabatan";
const kodeCol: ColumnDef = { header: KODE_HEADER, key: "kode", width: 18, type: "int", required: true };

export const SHEET = {
  jabatan: "Jabatan",
  tugas: "Tugas Pokok",
  data: "Data Jabatan",
  hasil: "Hasil Kerja",
  bahan: "Bahan Kerja",
  perangkat: "Perangkat Kerja",
  tanggungJawab: "Tanggung Jawab",
  wewenang: "Wewenang",
  korelasi: "Korelasi Jabatan",
  lingkungan: "Kondisi Lingkungan Kerja",
  risiko: "Risiko Bahaya",
  syarat: "Syarat Jabatan",
  petunjuk: "Petunjuk",
} as const;

/** Syarat jabatan rows: "Jenis" names the list (or the kondisi fisik field) an item belongs to. */
export const SYARAT_JENIS = {
  pelatihan: "pelatihan",
  pengalaman: "pengalaman",
  pengetahuan: "pengetahuan",
  keterampilan: "keterampilan",
  bakatKerja: "bakat kerja",
  temperamen: "temperamen",
  minat: "minat",
  upayaFisik: "upaya fisik",
  fungsiPekerjaan: "fungsi pekerjaan",
} as const;

export const KONDISI_FISIK_JENIS = {
  jenisKelamin: "kondisi fisik:jenis kelamin",
  umur: "kondisi fisik:umur",
  tinggiBadan: "kondisi fisik:tinggi badan",
  beratBadan: "kondisi fisik:berat badan",
  posturBadan: "kondisi fisik:postur badan",
  penampilan: "kondisi fisik:penampilan",
  keadaanFisik: "kondisi fisik:keadaan fisik",
} as const;

export const SYARAT_JENIS_LIST: readonly string[] = [...Object.values(SYARAT_JENIS), ...Object.values(KONDISI_FISIK_JENIS)];

const text = (header: string, key: string, width: number, required = false): ColumnDef => ({ header, key, width, type: "text", required });

export const SHEETS: readonly SheetDef[] = [
  {
    name: SHEET.jabatan,
    columns: [
      kodeCol,
      text("Nama Jabatan", "nama", 40),
      text("Jenis", "jenis", 14),
      text("Unit Kerja", "unit", 60),
      { header: "Versi", key: "versi", width: 8, type: "int", required: true },
    ],
  },
  {
    name: SHEET.tugas,
    columns: [
      kodeCol,
      { header: "No", key: "no", width: 6, type: "int", required: true },
      text("Uraian Tugas", "uraian", 60, true),
      text("Hasil Kerja", "hasilKerja", 30),
      text("Satuan", "satuan", 14),
      { header: "Beban Kerja", key: "volume", width: 12, type: "number", required: true },
      { header: "Periode", key: "periode", width: 10, type: "list", list: PERIODE, required: true },
      { header: "Waktu Penyelesaian", key: "waktu", width: 12, type: "number", required: true },
      { header: "Satuan Waktu", key: "satuanWaktu", width: 12, type: "list", list: SATUAN_WAKTU, required: true },
    ],
  },
  {
    name: SHEET.data,
    columns: [
      kodeCol,
      text("Ikhtisar Jabatan", "ikhtisar", 60),
      text("Pendidikan Formal", "pendidikanFormal", 40),
      { header: "Kelas Jabatan", key: "kelasJabatan", width: 10, type: "int" },
      text("Prestasi Kerja yang Diharapkan", "prestasiKerja", 40),
    ],
  },
  { name: SHEET.hasil, columns: [kodeCol, text("Hasil Kerja", "hasil", 50, true), text("Satuan", "satuan", 16)] },
  { name: SHEET.bahan, columns: [kodeCol, text("Bahan Kerja", "bahan", 40, true), text("Penggunaan dalam Tugas", "penggunaan", 50)] },
  { name: SHEET.perangkat, columns: [kodeCol, text("Perangkat Kerja", "perangkat", 40, true), text("Penggunaan untuk Tugas", "penggunaan", 50)] },
  { name: SHEET.tanggungJawab, columns: [kodeCol, text("Tanggung Jawab", "isi", 70, true)] },
  { name: SHEET.wewenang, columns: [kodeCol, text("Wewenang", "isi", 70, true)] },
  {
    name: SHEET.korelasi,
    columns: [kodeCol, text("Jabatan", "jabatan", 40, true), text("Unit Kerja/Instansi", "unitKerja", 40), text("Dalam Hal", "dalamHal", 50)],
  },
  { name: SHEET.lingkungan, columns: [kodeCol, text("Aspek", "aspek", 30, true), text("Faktor", "faktor", 50)] },
  { name: SHEET.risiko, columns: [kodeCol, text("Risiko", "risiko", 40, true), text("Penyebab", "penyebab", 50)] },
  {
    name: SHEET.syarat,
    columns: [kodeCol, { header: "Jenis", key: "jenis", width: 28, type: "list", list: SYARAT_JENIS_LIST, required: true }, text("Nilai", "nilai", 50, true)],
  },
];

export const sheetDef = (name: string): SheetDef => {
  const s = SHEETS.find((x) => x.name === name);
  if (!s) throw new Error(`Sheet tidak dikenal: ${name}`);
  return s;
};

/** The column letter of a 1-based index (A..Z, AA..): problems name columns as Excel shows them. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const PETUNJUK: readonly string[] = [
  "PETUNJUK PENGISIAN INFORMASI JABATAN",
  "",
  "1. Setiap sheet memuat satu bagian informasi jabatan. Baris pertama adalah judul kolom; jangan diubah atau dihapus.",
  `2. Kolom "${KODE_HEADER}" menghubungkan setiap baris dengan jabatan pada sheet Jabatan. Jangan mengubah kode maupun kolom Versi.`,
  "3. Kolom Nama Jabatan, Jenis dan Unit Kerja pada sheet Jabatan hanya untuk dibaca; perubahannya diabaikan.",
  "4. Tugas Pokok: satu baris per uraian tugas. No menentukan urutan. Beban Kerja dan Waktu Penyelesaian berupa angka lebih dari 0 (paling banyak 4 angka di belakang koma).",
  `5. Periode diisi ${PERIODE.join(", ")}; Satuan Waktu diisi ${SATUAN_WAKTU.join(" atau ")}.`,
  "6. Data Jabatan: satu baris per jabatan (ikhtisar, pendidikan formal, kelas jabatan 1–17, prestasi kerja yang diharapkan).",
  "7. Sheet Hasil Kerja s.d. Risiko Bahaya: satu baris per butir, urutan baris menjadi urutan butir.",
  "8. Syarat Jabatan: satu baris per butir. Jenis diisi salah satu dari:",
  ...SYARAT_JENIS_LIST.map((j) => `   - ${j}`),
  "   Untuk bakat kerja, temperamen, minat, upaya fisik dan fungsi pekerjaan, Nilai diisi KODE baku (mis. G, D, R, 1, D0), bukan uraiannya.",
  "9. Bagian yang dikosongkan untuk suatu jabatan menjadi kosong setelah diunggah: file ini menggantikan seluruh informasi jabatan yang tercantum di sheet Jabatan.",
  "10. Unggah file ini kembali melalui menu Unggah Infojab. Bila ada kesalahan, tidak ada yang disimpan dan setiap masalah ditunjukkan dengan sheet, baris dan kolomnya.",
  "11. Bila informasi jabatan diubah di portal setelah file diunduh, unduh ulang file agar perubahan itu tidak tertimpa.",
];
