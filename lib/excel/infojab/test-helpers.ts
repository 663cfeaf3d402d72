import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { infojabIsiSchema, type InfojabIsi } from "@/lib/validation/infojab";
import { memorySource, writeInfojabWorkbook, type JabatanExportRow } from "./write-workbook";

/** A document touching every section, for tests. */
export const SAMPLE_ISI: InfojabIsi = infojabIsiSchema.parse({
  ikhtisar: "Menyusun rencana kebutuhan pegawai",
  kualifikasi: { pendidikanFormal: "S-1 Manajemen", pelatihan: ["Diklat Anjab"], pengalaman: ["2 tahun analis"] },
  uraianTugas: [
    { uraian: "Menghimpun data formasi", hasilKerja: "Data formasi", satuan: "Dokumen", volume: 12, periode: "TAHUN", waktu: 30, satuanWaktu: "JAM" },
    { uraian: "=HYPERLINK(\"http://x\")", hasilKerja: "+62 laporan", satuan: "-", volume: 4.5, periode: "BULAN", waktu: 90, satuanWaktu: "MENIT" },
  ],
  hasilKerja: [{ hasil: "Laporan", satuan: "Dokumen" }],
  bahanKerja: [{ bahan: "Data pegawai", penggunaan: "Bahan analisis" }],
  perangkatKerja: [{ perangkat: "Komputer", penggunaan: "Mengolah data" }],
  tanggungJawab: ["Ketepatan data"],
  wewenang: ["@meminta data"],
  korelasiJabatan: [{ jabatan: "Kepala Bagian", unitKerja: "Bagian Organisasi", dalamHal: "Konsultasi" }],
  kondisiLingkungan: [{ aspek: "Tempat kerja", faktor: "Di dalam ruangan" }],
  risikoBahaya: [{ risiko: "Kelelahan mata", penyebab: "Layar" }],
  syaratJabatan: {
    pengetahuan: ["Manajemen SDM"],
    keterampilan: ["Analisis data"],
    bakatKerja: ["G", "N"],
    temperamen: ["T"],
    minat: ["K"],
    upayaFisik: ["3"],
    fungsiPekerjaan: ["D2"],
    kondisiFisik: { jenisKelamin: "Laki-laki atau Perempuan", umur: "25-50 tahun" },
  },
  prestasiKerja: "Laporan tepat waktu",
  kelasJabatan: 9,
});

export const jabatanRow = (kode: number, versi = 1): JabatanExportRow => ({ kode, nama: `Analis ${kode}`, jenis: "FUNGSIONAL", unit: "Setda / Bagian Organisasi", versi });

export async function workbookBuffer(docs: { jabatan: JabatanExportRow; isi: InfojabIsi }[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => out.on("end", r));
  await writeInfojabWorkbook(out, memorySource(docs), { validationMargin: 200 });
  await done;
  return Buffer.concat(chunks);
}

/** Loads a workbook (non-streaming, tests only), lets `edit` change it, and returns the new bytes. */
export async function editWorkbook(buf: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const streamOf = (buf: Buffer) => Readable.from([buf]);
