import fs from "node:fs";
import { parse } from "csv-parse";
import { CorruptWorkbookError, workbookSheets } from "../zip-sheets";
import { PEGAWAI_COLUMNS, PEGAWAI_SHEET, kolomHuruf, type PegawaiKolom } from "./layout";

export type PegawaiCells = Record<PegawaiKolom, string | null>;

export interface RawRow {
  /** Row (line) number in the file, 1 = the header. */
  row: number;
  cells: PegawaiCells;
  /** Problems the reader itself saw in a cell (a NIP stored as a number, which lost its last digits). */
  masalah?: Masalah[];
}

export interface Masalah {
  row: number | null;
  column: string | null;
  message: string;
}

export const MAX_FILE_BYTES = 40 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = `File terlalu besar (paling besar ${MAX_FILE_BYTES / 1024 / 1024} MB).`;
export const NOT_XLSX_MESSAGE = "File bukan file Excel (.xlsx). Gunakan template dari portal, atau unggah file .csv.";
export const CORRUPT_MESSAGE = "File Excel rusak atau tidak lengkap (mungkin terpotong saat diunggah). Simpan ulang file, lalu unggah kembali.";

/** Thrown for a file that cannot be read at all (wrong type, broken zip, wrong header). */
export class UnreadableFile extends Error {
  constructor(readonly masalah: Masalah[]) {
    super(masalah[0]?.message ?? "File tidak dapat dibaca.");
  }
}

const tanggal = (d: Date) => d.toISOString().slice(0, 10);

/** An exceljs cell value as the text an operator saw: rich text joined, a formula's result, a date as YYYY-MM-DD. */
function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return tanggal(v);
  if (typeof v === "number") return String(v);
  if (typeof v !== "object") {
    const s = String(v).trim();
    return s === "" ? null : s;
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return text((o.richText as { text?: string }[]).map((t) => t.text ?? "").join(""));
  if ("formula" in o || "sharedFormula" in o) return text(o.result);
  if ("text" in o) return text(o.text);
  if ("error" in o) return null;
  return String(v);
}

const DATE_COLUMNS = new Set<PegawaiKolom>(["tanggalLahir", "tmtJabatan"]);

/**
 * A date cell: the sheets are read without styles (exceljs' streaming reader is much faster so), so
 * a date arrives as its Excel serial number (days since 1899-12-30); text stays text for parseTanggal.
 */
function dateText(v: unknown): string | null {
  const plain = v !== null && typeof v === "object" && !(v instanceof Date) && "result" in v ? (v as { result: unknown }).result : v;
  if (typeof plain === "number" && plain > 0 && plain < 2_958_466) return tanggal(new Date(Math.round((plain - 25569) * 86_400_000)));
  return text(plain);
}

/** "#N/A", "#REF!" … of an error cell (or of a formula's result), else null. */
function excelError(v: unknown): string | null {
  if (v === null || typeof v !== "object" || v instanceof Date) return null;
  const o = v as { error?: unknown; result?: unknown };
  if (o.error !== undefined) return String(o.error);
  return o.result !== undefined ? excelError(o.result) : null;
}

function checkHeader(values: (string | null)[]): Masalah[] {
  const out: Masalah[] = [];
  PEGAWAI_COLUMNS.forEach((c, i) => {
    const got = (values[i] ?? "").trim();
    if (got.toLowerCase() !== c.header.toLowerCase())
      out.push({ row: 1, column: kolomHuruf(i + 1), message: `Judul kolom harus "${c.header}"${got ? `, bukan "${got}"` : ""}. Gunakan template dari portal.` });
  });
  return out;
}

function toCells(values: (string | null)[]): PegawaiCells | null {
  if (!values.some((v) => v !== null && v.trim() !== "")) return null;
  const cells = {} as PegawaiCells;
  PEGAWAI_COLUMNS.forEach((c, i) => {
    const v = values[i];
    cells[c.key] = v === null || v === undefined || v.trim() === "" ? null : v.trim();
  });
  return cells;
}

async function* xlsxRows(file: string): AsyncGenerator<RawRow> {
  const fd = await fs.promises.open(file, "r");
  const head = Buffer.alloc(4);
  try {
    await fd.read(head, 0, 4, 0);
  } finally {
    await fd.close();
  }
  if (!head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new UnreadableFile([{ row: null, column: null, message: NOT_XLSX_MESSAGE }]);
  let sheetSeen = false;
  try {
    for await (const { name, rows } of workbookSheets(file)) {
      // The data sheet by name, else the first sheet; Petunjuk and any other sheet are drained.
      const take = !sheetSeen && (name.trim().toLowerCase() === PEGAWAI_SHEET.toLowerCase() || name.trim().toLowerCase() !== "petunjuk");
      if (!take) {
        for await (const _ of rows) void _;
        continue;
      }
      sheetSeen = true;
      for await (const row of rows) {
        const raw = row.values as unknown[];
        const values = PEGAWAI_COLUMNS.map((c, i) => (DATE_COLUMNS.has(c.key) ? dateText(raw[i + 1]) : text(raw[i + 1])));
        if (row.number === 1) {
          const problems = checkHeader(values);
          if (problems.length) throw new UnreadableFile(problems);
          continue;
        }
        const cells = toCells(values);
        if (!cells) continue;
        const masalah: Masalah[] = [];
        PEGAWAI_COLUMNS.forEach((c, i) => {
          const err = excelError(raw[i + 1]);
          if (err) masalah.push({ row: row.number, column: kolomHuruf(i + 1), message: `${c.header} berisi galat Excel ${err}.` });
        });
        // Excel keeps 15 significant digits: an 18-digit NIP typed as a number is already wrong.
        const nip = raw[1];
        if (typeof nip === "number" && !Number.isSafeInteger(nip))
          masalah.push({ row: row.number, column: "A", message: "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom NIP sebagai teks lalu ketik ulang." });
        yield masalah.length ? { row: row.number, cells, masalah } : { row: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    if (e instanceof CorruptWorkbookError || e instanceof Error) throw new UnreadableFile([{ row: null, column: null, message: CORRUPT_MESSAGE }]);
    throw e;
  }
  if (!sheetSeen) throw new UnreadableFile([{ row: null, column: null, message: `Sheet "${PEGAWAI_SHEET}" tidak ada di file. Gunakan template dari portal.` }]);
}

/** ";" when the header line has more of them than ",": Excel in an Indonesian locale saves CSV that way. */
async function sniffDelimiter(file: string): Promise<string> {
  const fd = await fs.promises.open(file, "r");
  const buf = Buffer.alloc(4096);
  try {
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const line = buf.subarray(0, bytesRead).toString("utf8").split(/\r?\n/)[0] ?? "";
    return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ";" : ",";
  } finally {
    await fd.close();
  }
}

async function* csvRows(file: string): AsyncGenerator<RawRow> {
  const parser = fs.createReadStream(file).pipe(parse({ bom: true, delimiter: await sniffDelimiter(file), relax_column_count: true, info: true, skip_empty_lines: true }));
  let first = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const values = PEGAWAI_COLUMNS.map((_, i) => record[i] ?? null);
      if (first) {
        first = false;
        const problems = checkHeader(values);
        if (problems.length) throw new UnreadableFile(problems.map((p) => ({ ...p, row: info.lines })));
        continue;
      }
      const cells = toCells(values);
      if (cells) yield { row: info.lines, cells };
    }
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    const line = (e as { lines?: number }).lines ?? null;
    throw new UnreadableFile([{ row: line, column: null, message: `File CSV tidak dapat dibaca${line ? ` (baris ${line})` : ""}: periksa tanda petik dan pemisah kolom.` }]);
  }
  if (first) throw new UnreadableFile([{ row: null, column: null, message: "File CSV kosong: baris judul kolom tidak ada. Gunakan template dari portal." }]);
}

/**
 * The data rows of a pegawai file, streamed (an .xlsx sheet by exceljs' streaming parser, a .csv by
 * csv-parse), each as trimmed text per column. The header row must be the template's; blank rows are
 * skipped. Throws UnreadableFile when the file as a whole cannot be read.
 */
export async function* readPegawaiRows(file: string, format: "xlsx" | "csv"): AsyncGenerator<RawRow> {
  const { size } = await fs.promises.stat(file);
  if (size > MAX_FILE_BYTES) throw new UnreadableFile([{ row: null, column: null, message: TOO_LARGE_MESSAGE }]);
  yield* format === "xlsx" ? xlsxRows(file) : csvRows(file);
}
