import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { angkaRekap, barisLaporan, JUMLAH_INSTANSI, type PetaJabatanLaporanInput } from "@/lib/domain/peta-jabatan/laporan";
import { safeCell } from "@/lib/excel/infojab/write-workbook";

/**
 * "Unduh Excel" of the Peta Jabatan tab, in the layout planning offices use
 * (`JABATAN | KELAS | B | K | +/-`, +/− = B − K): a header with the instansi and the date, the
 * instansi's totals, then each unit as an indented group row, its jabatan indented one level
 * deeper, its sub-units, and a "Jumlah <unit>" row with the whole subtree's figures. Every figure
 * is the data layer's; the writer only lays them out. Streamed row by row (WorkbookWriter).
 */
export const SHEET_NAME = "Peta Jabatan";
export const HEADER = ["JABATAN", "KELAS", "B", "K", "+/-"] as const;
/** Rows above the column header: title, instansi, date, blank. */
export const HEADER_ROW = 5;

const SIGNED = "+#,##0;-#,##0;0";
const NUMBER = "#,##0";
// Excel allows indent levels 0–15 (250 in newer versions; 15 is safe everywhere).
const indent = (depth: number) => Math.min(depth, 15);

export function tanggalCetak(d: Date): string {
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(d);
}

async function drained(out: Writable) {
  if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

export async function writePetaJabatanWorkbook(out: Writable, d: PetaJabatanLaporanInput, now = new Date()): Promise<{ rows: number }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "SIASN Perencanaan";
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: HEADER_ROW }], pageSetup: { orientation: "portrait", paperSize: 9, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { width: 70, style: { numFmt: "@" } },
    { width: 8, style: { numFmt: NUMBER } },
    { width: 9, style: { numFmt: NUMBER } },
    { width: 9, style: { numFmt: NUMBER } },
    { width: 9, style: { numFmt: SIGNED } },
  ];
  let rows = 0;
  const add = (values: unknown[], style: { bold?: boolean; depth?: number } = {}) => {
    const row = ws.addRow(values.map(safeCell));
    if (style.bold) row.font = { bold: true };
    if (style.depth !== undefined) row.getCell(1).alignment = { indent: indent(style.depth), wrapText: true, vertical: "top" };
    row.commit();
    rows++;
  };
  add(["PETA JABATAN"], { bold: true });
  add([d.instansi.nama], { bold: true });
  add([`Keadaan per ${tanggalCetak(now)}`]);
  add([]);
  add([...HEADER], { bold: true });
  const t = angkaRekap(d.total);
  add([JUMLAH_INSTANSI, null, t.b, t.k, t.selisih], { bold: true, depth: 0 });
  for (const r of barisLaporan(d)) {
    if (r.tipe === "unit") add([r.nama], { bold: true, depth: r.depth });
    else if (r.tipe === "jumlah") add([r.nama, null, r.b, r.k, r.selisih], { bold: true, depth: r.depth });
    else add([r.nama, r.kelas, r.b, r.k, r.selisih], { depth: r.depth });
    if (rows % 500 === 0) await drained(out);
  }
  ws.commit();
  await wb.commit();
  return { rows };
}
