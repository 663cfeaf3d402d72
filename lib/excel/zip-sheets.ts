import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";

/**
 * The worksheets of an .xlsx file, each streamed row by row, found through the zip's central
 * directory. exceljs 4.4's own WorkbookReader walks the zip in one forward pass and, on Node ≥ 18,
 * loses the last entries (exceljs issues #2790, #3064): a file written by its own WorkbookWriter
 * keeps xl/workbook.xml last, so sheet names and sheets went missing. We drive the same parsers in
 * the right order instead: rels, workbook, shared strings, then each sheet.
 */

interface ZipEntry {
  path: string;
  stream(): NodeJS.ReadableStream;
}
interface Unzipper {
  Open: { file(path: string): Promise<{ files: ZipEntry[] }> };
}
interface ReaderInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

// The copies exceljs itself loads (pinned with it), not whatever else node_modules holds.
// Resolved from the app's root at run time: the bundler rewrites `createRequire(import.meta.url)`
// into module ids, which are no paths (next build failed on exactly that).
const requireFromApp = createRequire(join(process.cwd(), "package.json"));
const requireFromExceljs = createRequire(requireFromApp.resolve("exceljs"));
const unzipper = requireFromExceljs("unzipper") as Unzipper;
const iterateStream = requireFromExceljs("./lib/utils/iterate-stream.js") as (s: NodeJS.ReadableStream) => AsyncIterable<unknown>;

export class CorruptWorkbookError extends Error {}

export interface SheetStream {
  name: string;
  rows: AsyncIterable<ExcelJS.Row>;
}

const normalise = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

export async function* workbookSheets(path: string): AsyncGenerator<SheetStream> {
  const dir = await unzipper.Open.file(path);
  const entries = new Map(dir.files.map((f) => [f.path, f]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "ignore",
  }) as unknown as ReaderInternals;
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  const workbook = entries.get("xl/workbook.xml");
  if (!rels || !workbook) throw new CorruptWorkbookError("xl/workbook.xml tidak ada");
  await reader._parseRels(rels.stream());
  await reader._parseWorkbook(workbook.stream());
  const shared = entries.get("xl/sharedStrings.xml");
  if (shared) for await (const _ of reader._parseSharedStrings(shared.stream())) void _;

  for (const sheet of reader.model?.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    const entry = rel && entries.get(normalise(rel.Target));
    if (!entry) continue;
    const sheetNo = /sheet(\d+)\.xml$/.exec(entry.path)?.[1] ?? String(sheet.id);
    for (const { eventType, value } of reader._parseWorksheet(iterateStream(entry.stream()), sheetNo)) {
      if (eventType !== "worksheet") continue;
      yield { name: sheet.name, rows: value };
    }
  }
}
