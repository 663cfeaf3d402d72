import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { RekapAngka } from "@/lib/domain/rekap";
import type { PetaCell, PetaUnit } from "@/lib/domain/peta-jabatan/susun";
import type { JabatanKatalog } from "@/lib/domain/peta-jabatan/tabel";
import { safeCell } from "@/lib/excel/infojab/write-workbook";

/**
 * "Unduh Excel" of the Peta Jabatan tab, in the layout planning offices use
 * (`JABATAN | KELAS | B | K | +/-`, +/− = B − K): a header with the instansi and the date, the
 * instansi's totals, then each unit as an indented group row, its jabatan indented one level
 * deeper, its sub-units, and a "Jumlah <unit>" row with the whole subtree's figures. Every figure
 * is the data layer's; the writer only lays them out. Streamed row by row (WorkbookWriter).
 */
export interface PetaJabatanSheetInput {
  instansi: { nama: string };
  total: RekapAngka;
  units: PetaUnit[];
  cells: PetaCell[];
  jabatan: JabatanKatalog[];
  jabatanIndex: number[];
}

export const SHEET_NAME = "Peta Jabatan";
export const HEADER = ["JABATAN", "KELAS", "B", "K", "+/-"] as const;
/** Rows above the column header: title, instansi, date, blank. */
export const HEADER_ROW = 5;
export const JUMLAH_INSTANSI = "JUMLAH INSTANSI";
export const jumlahUnit = (nama: string) => `Jumlah ${nama}`;

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

export async function writePetaJabatanWorkbook(out: Writable, d: PetaJabatanSheetInput, now = new Date()): Promise<{ rows: number }> {
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
  const figures = (r: RekapAngka) => [r.existing, r.kebutuhan, r.selisih];

  add(["PETA JABATAN"], { bold: true });
  add([d.instansi.nama], { bold: true });
  add([`Keadaan per ${tanggalCetak(now)}`]);
  add([]);
  add([...HEADER], { bold: true });
  add([JUMLAH_INSTANSI, null, ...figures(d.total)], { bold: true, depth: 0 });

  // Open units on a stack: a unit's subtotal row follows its last descendant.
  const open: PetaUnit[] = [];
  const close = (toDepth: number) => {
    while (open.length && open[open.length - 1].depth >= toDepth) {
      const u = open.pop()!;
      add([jumlahUnit(u.nama), null, ...figures(u.subtree)], { bold: true, depth: u.depth });
    }
  };
  let c = 0;
  for (const u of d.units) {
    close(u.depth);
    add([u.nama], { bold: true, depth: u.depth });
    open.push(u);
    while (c < d.cells.length && d.cells[c].unorId === u.id) {
      const cell = d.cells[c];
      const j = d.jabatan[d.jabatanIndex[c]];
      add([j.nama, j.kelas, cell.existing, cell.kebutuhan, cell.selisih], { depth: u.depth + 1 });
      c++;
    }
    await drained(out);
  }
  close(0);
  ws.commit();
  await wb.commit();
  return { rows };
}
