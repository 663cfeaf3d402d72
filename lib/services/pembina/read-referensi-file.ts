import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors";

export const MAX_REFERENSI_BYTES = 5 * 1024 * 1024;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A reference file's data rows as header → text (headers lower-cased, spaces as "_"), with their row number. */
export interface BarisFile {
  row: number;
  values: Record<string, string>;
}

const header = (h: unknown) => String(h ?? "").trim().toLowerCase().replace(/\s+/g, "_");

/**
 * Reads a small reference file (CSV with a header row, or the first sheet of an .xlsx), checked by
 * content, not by name. Every value comes back as text: a formula's cached result, never the formula.
 */
export async function readReferensiFile(bytes: Buffer): Promise<BarisFile[]> {
  if (bytes.length === 0) throw new AppError("INVALID", "File kosong.");
  if (bytes.length > MAX_REFERENSI_BYTES) throw new AppError("TOO_LARGE", `File terlalu besar (paling besar ${MAX_REFERENSI_BYTES / 1024 / 1024} MB).`);
  if (bytes.subarray(0, 4).equals(ZIP)) return readXlsx(bytes);
  let records: string[][];
  try {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const delimiter = (text.split(/\r?\n/, 1)[0].match(/;/g)?.length ?? 0) > (text.split(/\r?\n/, 1)[0].match(/,/g)?.length ?? 0) ? ";" : ",";
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    throw new AppError("INVALID", `File CSV tidak dapat dibaca: ${(e as Error).message.slice(0, 120)}`);
  }
  const [head, ...rows] = records;
  if (!head) throw new AppError("INVALID", "File tidak memiliki baris judul kolom.");
  const keys = head.map(header);
  return rows.map((r, i) => ({ row: i + 2, values: Object.fromEntries(keys.map((k, j) => [k, r[j] ?? ""])) }));
}

async function readXlsx(bytes: Buffer): Promise<BarisFile[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError("INVALID", "File Excel rusak atau bukan .xlsx.");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError("INVALID", "File Excel tidak memiliki lembar kerja.");
  const keys: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => (keys[col - 1] = header(text(c.value))));
  const out: BarisFile[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    keys.forEach((k, j) => (values[k] = text(r.getCell(j + 1).value)));
    if (Object.values(values).some((v) => v !== "")) out.push({ row: n, values });
  });
  return out;
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ("result" in v) return text((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((t) => t.text).join("").trim();
    if ("text" in v) return String((v as { text: unknown }).text).trim();
    return "";
  }
  return String(v).trim();
}
