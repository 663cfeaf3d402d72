import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { InfojabIsi } from "@/lib/validation/infojab";
import { KONDISI_FISIK_JENIS, PETUNJUK, SHEET, SHEETS, SYARAT_JENIS, columnLetter, sheetDef, type SheetDef } from "./layout";

export interface JabatanExportRow {
  kode: number;
  nama: string;
  jenis: string;
  unit: string;
  /** Infojab version at export; 0 when the jabatan has none yet. */
  versi: number;
}

export interface UraianExportRow {
  kode: number;
  no: number;
  uraian: string;
  hasilKerja: string;
  satuan: string;
  volume: number;
  periode: string;
  waktu: number;
  satuanWaktu: string;
}

export type DokumenTanpaUraian = Omit<InfojabIsi, "uraianTugas">;

/**
 * Where the rows come from, in batches. Sheets are written one after the other (a zip holds one
 * entry at a time: rows for a later sheet would wait in memory), so `dokumen` is walked once per
 * section sheet and must be cheap to repeat; uraian tugas, the bulk, is walked once.
 */
export interface InfojabExportSource {
  jabatan(): AsyncIterable<JabatanExportRow[]>;
  uraian(): AsyncIterable<UraianExportRow[]>;
  dokumen(): AsyncIterable<{ kode: number; isi: DokumenTanpaUraian }[]>;
}

type Cell = string | number | null;

/**
 * Only strings, numbers and blanks reach exceljs: a string is stored as a text cell (inline
 * string), so "=HYPERLINK(..)" or "+62..." is shown, never evaluated. An object could become a
 * formula or hyperlink cell, so none is ever passed.
 */
export function safeCell(v: unknown): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return String(v);
}

/** Rows of one section sheet for one jabatan, in the order of its columns. */
export function sectionRows(sheet: string, kode: number, isi: DokumenTanpaUraian): Cell[][] {
  const r = (...xs: unknown[]) => [kode, ...xs].map(safeCell);
  switch (sheet) {
    case SHEET.data:
      return [r(isi.ikhtisar, isi.kualifikasi.pendidikanFormal, isi.kelasJabatan, isi.prestasiKerja)];
    case SHEET.hasil:
      return isi.hasilKerja.map((x) => r(x.hasil, x.satuan));
    case SHEET.bahan:
      return isi.bahanKerja.map((x) => r(x.bahan, x.penggunaan));
    case SHEET.perangkat:
      return isi.perangkatKerja.map((x) => r(x.perangkat, x.penggunaan));
    case SHEET.tanggungJawab:
      return isi.tanggungJawab.map((x) => r(x));
    case SHEET.wewenang:
      return isi.wewenang.map((x) => r(x));
    case SHEET.korelasi:
      return isi.korelasiJabatan.map((x) => r(x.jabatan, x.unitKerja, x.dalamHal));
    case SHEET.lingkungan:
      return isi.kondisiLingkungan.map((x) => r(x.aspek, x.faktor));
    case SHEET.risiko:
      return isi.risikoBahaya.map((x) => r(x.risiko, x.penyebab));
    case SHEET.syarat: {
      const s = isi.syaratJabatan;
      const rows: Cell[][] = [];
      const list = (jenis: string, xs: string[]) => xs.forEach((x) => rows.push(r(jenis, x)));
      list(SYARAT_JENIS.pelatihan, isi.kualifikasi.pelatihan);
      list(SYARAT_JENIS.pengalaman, isi.kualifikasi.pengalaman);
      list(SYARAT_JENIS.pengetahuan, s.pengetahuan);
      list(SYARAT_JENIS.keterampilan, s.keterampilan);
      list(SYARAT_JENIS.bakatKerja, s.bakatKerja);
      list(SYARAT_JENIS.temperamen, s.temperamen);
      list(SYARAT_JENIS.minat, s.minat);
      list(SYARAT_JENIS.upayaFisik, s.upayaFisik);
      list(SYARAT_JENIS.fungsiPekerjaan, s.fungsiPekerjaan);
      for (const [field, jenis] of Object.entries(KONDISI_FISIK_JENIS)) {
        const v = s.kondisiFisik[field as keyof typeof KONDISI_FISIK_JENIS];
        if (v) rows.push(r(jenis, v));
      }
      return rows;
    }
    default:
      throw new Error(`Bukan sheet bagian: ${sheet}`);
  }
}

const MAX_ROW = 1_048_576;

function openSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, def: SheetDef) {
  const ws = wb.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] });
  // Text columns formatted "@": what a user types there later stays text too.
  ws.columns = def.columns.map((c) => ({ key: c.key, width: c.width, style: c.type === "text" ? { numFmt: "@" } : {} }));
  const header = ws.addRow(def.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  return ws;
}

/**
 * Data validation down to `margin` rows below the data, added at the end: the streaming writer
 * emits validations when the sheet is committed. Not the whole column: exceljs' own (non-streaming)
 * loader expands a range into one entry per cell.
 */
function commitSheet(ws: ExcelJS.Worksheet, def: SheetDef, rows: number, margin: number) {
  const lastRow = Math.min(MAX_ROW, rows + 1 + margin);
  // Present on the streaming worksheet (doc/data-validations.js) but missing from exceljs' d.ts.
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  def.columns.forEach((c, i) => {
    const col = columnLetter(i + 1);
    const range = `${col}2:${col}${lastRow}`;
    if (c.type === "number")
      dv.add(range, { type: "decimal", operator: "greaterThan", formulae: [0], allowBlank: true, showErrorMessage: true, error: `${c.header} harus angka lebih dari 0.` });
    // Excel refuses an inline list longer than 255 characters (Syarat Jabatan's Jenis): the reader checks it.
    else if (c.type === "list" && c.list && c.list.join(",").length <= 255)
      dv.add(range, { type: "list", formulae: [`"${c.list.join(",")}"`], allowBlank: true, showErrorMessage: true, error: `Pilih ${c.header} dari daftar.` });
  });
  ws.commit();
}

// The zip is piped into `out`: waiting for its drain keeps a slow client from filling memory.
async function drained(out: Writable) {
  if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

export interface WriteResult {
  jabatan: number;
  uraian: number;
}

/** Streams the whole workbook into `out`; resolves once the zip is finished. */
export interface WriteOptions {
  /** Empty rows below the data that still get data validation, for rows the user adds. */
  validationMargin?: number;
}

export async function writeInfojabWorkbook(out: Writable, source: InfojabExportSource, opts: WriteOptions = {}): Promise<WriteResult> {
  const margin = opts.validationMargin ?? 2000;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "SIASN Perencanaan";
  const result: WriteResult = { jabatan: 0, uraian: 0 };

  const petunjuk = wb.addWorksheet(SHEET.petunjuk);
  petunjuk.columns = [{ width: 120 }];
  PETUNJUK.forEach((line, i) => {
    const row = petunjuk.addRow([safeCell(line)]);
    if (i === 0) row.font = { bold: true };
    row.commit();
  });
  petunjuk.commit();

  const jabatan = openSheet(wb, sheetDef(SHEET.jabatan));
  for await (const batch of source.jabatan()) {
    for (const j of batch) jabatan.addRow([j.kode, j.nama, j.jenis, j.unit, j.versi].map(safeCell)).commit();
    result.jabatan += batch.length;
    await drained(out);
  }
  commitSheet(jabatan, sheetDef(SHEET.jabatan), result.jabatan, margin);

  const tugas = openSheet(wb, sheetDef(SHEET.tugas));
  for await (const batch of source.uraian()) {
    for (const t of batch) tugas.addRow([t.kode, t.no, t.uraian, t.hasilKerja, t.satuan, t.volume, t.periode, t.waktu, t.satuanWaktu].map(safeCell)).commit();
    result.uraian += batch.length;
    await drained(out);
  }
  commitSheet(tugas, sheetDef(SHEET.tugas), result.uraian, margin);

  for (const def of SHEETS) {
    if (def.name === SHEET.jabatan || def.name === SHEET.tugas) continue;
    const ws = openSheet(wb, def);
    let rows = 0;
    for await (const batch of source.dokumen()) {
      for (const d of batch)
        for (const row of sectionRows(def.name, d.kode, d.isi)) {
          ws.addRow(row).commit();
          rows++;
        }
      await drained(out);
    }
    commitSheet(ws, def, rows, margin);
  }
  await wb.commit();
  return result;
}

/** A source over documents already in memory (templates, tests). */
export function memorySource(docs: { jabatan: JabatanExportRow; isi: InfojabIsi }[]): InfojabExportSource {
  const once = async function* <T>(rows: T[]) {
    yield rows;
  };
  return {
    jabatan: () => once(docs.map((d) => d.jabatan)),
    uraian: () => once(docs.flatMap((d) => d.isi.uraianTugas.map((t, i) => ({ kode: d.jabatan.kode, no: i + 1, ...t })))),
    dokumen: () => once(docs.map((d) => ({ kode: d.jabatan.kode, isi: d.isi }))),
  };
}
