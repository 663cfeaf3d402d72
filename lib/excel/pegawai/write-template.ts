import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { safeCell } from "../infojab/write-workbook";
import { PEGAWAI_COLUMNS, PEGAWAI_SHEET } from "./layout";

export interface TemplateSource {
  instansi: string;
  /** The instansi's units: ID and full path of names, for the Unor column. */
  unor: { id: number; jalur: string; aktif: boolean }[];
  /** Jabatan placed in the instansi's peta jabatan, for the Kode Jabatan column. */
  jabatan: { kode: string; nama: string; kelas: number }[];
}

const PETUNJUK = [
  "Petunjuk pengisian Impor Pegawai",
  "Isi satu pegawai per baris pada sheet Pegawai, mulai baris 2. Jangan mengubah baris judul kolom.",
  "File juga boleh disimpan sebagai CSV (pemisah koma atau titik koma) dengan kolom yang sama dan urutan yang sama.",
  "Tambah/Perbarui: pegawai baru ditambahkan, pegawai yang NIP-nya sudah ada diperbarui.",
  "Ganti Seluruhnya: sama, dan pegawai instansi yang tidak ada di file menjadi tidak aktif (tidak dihapus).",
  "Semua baris diperiksa dulu; bila ada satu masalah saja, tidak ada data yang disimpan.",
  "",
  ...PEGAWAI_COLUMNS.map((c) => `${c.header}: ${c.petunjuk}`),
];

const drained = (out: Writable) => (out.writableNeedDrain ? new Promise<void>((r) => out.once("drain", () => r())) : Promise.resolve());

/**
 * The pegawai template, streamed: the empty Pegawai sheet (NIP formatted as text, so Excel keeps all
 * 18 digits), the Petunjuk, and the instansi's units and placed jabatan as lists to copy from.
 * Every value goes through safeCell, so a unit named "=…" stays text.
 */
export async function writePegawaiTemplate(out: Writable, src: TemplateSource): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "SIASN Perencanaan";

  const ws = wb.addWorksheet(PEGAWAI_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = PEGAWAI_COLUMNS.map((c, i) => ({ header: c.header, key: c.key, width: c.width, style: i === 0 ? { numFmt: "@" } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  ws.commit();

  const petunjuk = wb.addWorksheet("Petunjuk");
  petunjuk.columns = [{ width: 130 }];
  PETUNJUK.forEach((line, i) => {
    const row = petunjuk.addRow([safeCell(line)]);
    if (i === 0) row.font = { bold: true };
    row.commit();
  });
  petunjuk.addRow([safeCell(`Instansi: ${src.instansi}`)]).commit();
  petunjuk.commit();

  const unor = wb.addWorksheet("Daftar Unor");
  unor.columns = [{ header: "ID Unor", width: 10 }, { header: "Jalur Unor", width: 90 }, { header: "Status", width: 12 }];
  unor.getRow(1).font = { bold: true };
  for (let i = 0; i < src.unor.length; i++) {
    const u = src.unor[i];
    unor.addRow([u.id, safeCell(u.jalur), u.aktif ? "Aktif" : "Nonaktif"]).commit();
    if (i % 1000 === 999) await drained(out);
  }
  unor.commit();

  const jab = wb.addWorksheet("Daftar Jabatan");
  jab.columns = [{ header: "Kode Jabatan", width: 16 }, { header: "Nama Jabatan", width: 60 }, { header: "Kelas", width: 8 }];
  jab.getRow(1).font = { bold: true };
  for (let i = 0; i < src.jabatan.length; i++) {
    const j = src.jabatan[i];
    jab.addRow([safeCell(j.kode), safeCell(j.nama), j.kelas]).commit();
    if (i % 1000 === 999) await drained(out);
  }
  jab.commit();
  await wb.commit();
}
