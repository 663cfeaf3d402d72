import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { infojabIsiSchema, type InfojabIsi } from "@/lib/validation/infojab";
import { readCell } from "./cells";
import { KODE_HEADER, SHEET, SHEETS, columnLetter, type SheetDef } from "./layout";
import { DocBuilder, type Place } from "./doc-builder";
import { workbookSheets } from "../zip-sheets";

export interface Masalah {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

export interface ParsedJabatan {
  kode: number;
  versi: number;
  /** The row of the Jabatan sheet, where problems about the jabatan as a whole are shown. */
  row: number;
  isi: InfojabIsi;
}

export interface ReadResult {
  jabatan: ParsedJabatan[];
  masalah: Masalah[];
  /** Data rows read over all sheets, for progress and the bench. */
  rows: number;
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_MASALAH = 500;
export const NOT_XLSX_MESSAGE = "File bukan file Excel (.xlsx). Gunakan template dari portal dan simpan sebagai Excel Workbook (.xlsx).";
export const CORRUPT_MESSAGE = "File Excel rusak atau tidak lengkap (mungkin terpotong saat diunggah). Simpan ulang file di Excel, lalu unggah kembali.";
export const TOO_LARGE_MESSAGE = `File terlalu besar (paling besar ${MAX_FILE_BYTES / 1024 / 1024} MB). Bagi per unit kerja, lalu unggah satu per satu.`;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A stream input lands in a temp file first: the zip's central directory sits at its end. */
async function toTempFile(input: Readable): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "infojab-"));
  const file = path.join(dir, "unggahan.xlsx");
  await pipeline(input, fs.createWriteStream(file));
  return { file, cleanup: () => fs.promises.rm(dir, { recursive: true, force: true }) };
}

/** NOT_XLSX / TOO_LARGE as one problem, or null: a renamed .csv or .txt fails on its first bytes. */
async function sniff(file: string): Promise<string | null> {
  const { size } = await fs.promises.stat(file);
  if (size > MAX_FILE_BYTES) return TOO_LARGE_MESSAGE;
  const fd = await fs.promises.open(file, "r");
  const head = Buffer.alloc(4);
  try {
    await fd.read(head, 0, 4, 0);
  } finally {
    await fd.close();
  }
  return head.equals(ZIP_SIGNATURE) ? null : NOT_XLSX_MESSAGE;
}

class Problems {
  readonly list: Masalah[] = [];
  private hidden = 0;
  private readonly taken = new Set<string>();
  add(m: Masalah) {
    const key = `${m.sheet}|${m.row}|${m.column}`;
    // One problem per cell: a text in a number column also fails the schema's own check there.
    if (m.row !== null && m.column !== null && this.taken.has(key)) return;
    this.taken.add(key);
    if (this.list.length < MAX_MASALAH) this.list.push(m);
    else this.hidden++;
  }
  done(): Masalah[] {
    if (!this.hidden) return this.list;
    return [...this.list, { sheet: null, row: null, column: null, message: `… dan ${this.hidden.toLocaleString("id-ID")} masalah lain tidak ditampilkan.` }];
  }
}

function checkHeader(def: SheetDef, values: unknown[], problems: Problems): boolean {
  let ok = true;
  def.columns.forEach((c, i) => {
    const got = String(values[i + 1] ?? "").trim();
    if (got.toLowerCase() !== c.header.toLowerCase()) {
      problems.add({ sheet: def.name, row: 1, column: columnLetter(i + 1), message: `Judul kolom harus "${c.header}"${got ? `, bukan "${got}"` : ""}. Gunakan template dari portal.` });
      ok = false;
    }
  });
  return ok;
}

/**
 * Reads an infojab workbook (streaming: sheets are parsed one by one, rows are never all held as
 * cells) into one document per Kode Peta Jabatan, validated with infojabIsiSchema. Every problem
 * found is reported with its sheet, row and column; a document with any problem is not returned as
 * valid, and the caller writes nothing while `masalah` is not empty.
 */
export async function readInfojabWorkbook(input: string | Readable, onRows?: (rows: number) => void): Promise<ReadResult> {
  if (typeof input === "string") return readFile(input, onRows);
  const tmp = await toTempFile(input);
  try {
    return await readFile(tmp.file, onRows);
  } finally {
    await tmp.cleanup();
  }
}

const one = (message: string): ReadResult => ({ jabatan: [], masalah: [{ sheet: null, row: null, column: null, message }], rows: 0 });

async function readFile(file: string, onRows?: (rows: number) => void): Promise<ReadResult> {
  const refused = await sniff(file);
  if (refused) return one(refused);
  const problems = new Problems();
  const builder = new DocBuilder();
  const jabatanRows = new Map<number, { row: number; versi: number }>();
  const seen = new Set<string>();
  let rows = 0;

  try {
    for await (const { name, rows: ws } of workbookSheets(file)) {
      const def = SHEETS.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
      if (!def || seen.has(def.name)) {
        for await (const _row of ws) void _row; // drain an unknown sheet (Petunjuk, user notes)
        continue;
      }
      seen.add(def.name);
      let headerOk = false;
      let headerSeen = false;
      for await (const row of ws) {
        const values = row.values as unknown[];
        if (row.number === 1) {
          headerSeen = true;
          headerOk = checkHeader(def, values, problems);
          continue;
        }
        if (!headerOk) continue;
        if (!values.some((v) => v !== null && v !== undefined && String(v).trim?.() !== "")) continue;
        rows++;
        if (rows % 5000 === 0) onRows?.(rows);
        const cells: Record<string, string | number | null> = {};
        let kodeOk = true;
        def.columns.forEach((c, i) => {
          const r = readCell(values[i + 1], c);
          if (!r.ok) {
            problems.add({ sheet: def.name, row: row.number, column: columnLetter(i + 1), message: r.message });
            if (c.key === "kode") kodeOk = false;
            cells[c.key] = undefined as never;
          } else cells[c.key] = r.value;
        });
        const kode = cells.kode;
        if (!kodeOk) continue;
        if (typeof kode !== "number" || kode <= 0) {
          problems.add({ sheet: def.name, row: row.number, column: "A", message: `${KODE_HEADER} wajib diisi dengan angka bulat positif.` });
          continue;
        }
        const place: Place = { sheet: def.name, row: row.number };
        if (def.name === SHEET.jabatan) {
          if (jabatanRows.has(kode)) {
            problems.add({ ...place, column: "A", message: `${KODE_HEADER} ${kode} sudah tercantum pada baris ${jabatanRows.get(kode)!.row}.` });
            continue;
          }
          const versi = cells.versi;
          if (typeof versi !== "number" || versi < 0) {
            problems.add({ ...place, column: columnLetter(5), message: "Versi wajib diisi dengan angka dari file unduhan; jangan diubah." });
            continue;
          }
          jabatanRows.set(kode, { row: row.number, versi });
          continue;
        }
        for (const m of builder.add(def, place, kode, cells)) problems.add(m);
      }
      if (!headerSeen) problems.add({ sheet: def.name, row: 1, column: null, message: "Sheet kosong: baris judul kolom tidak ada. Gunakan template dari portal." });
    }
  } catch {
    return one(CORRUPT_MESSAGE);
  }

  for (const def of SHEETS)
    if (!seen.has(def.name)) problems.add({ sheet: def.name, row: null, column: null, message: `Sheet "${def.name}" tidak ada di file. Gunakan template dari portal.` });
  if (seen.has(SHEET.jabatan) && jabatanRows.size === 0) problems.add({ sheet: SHEET.jabatan, row: null, column: null, message: "Sheet Jabatan tidak memuat satu jabatan pun." });

  for (const { kode, place } of builder.references())
    if (!jabatanRows.has(kode) && seen.has(SHEET.jabatan)) problems.add({ ...place, column: "A", message: `${KODE_HEADER} ${kode} tidak tercantum di sheet Jabatan.` });

  const jabatan: ParsedJabatan[] = [];
  for (const [kode, { row, versi }] of jabatanRows) {
    const { input, masalah } = builder.build(kode);
    masalah.forEach((m) => problems.add(m));
    const parsed = infojabIsiSchema.safeParse(input);
    if (parsed.success) {
      jabatan.push({ kode, versi, row, isi: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) problems.add({ ...builder.locate(kode, issue.path, { sheet: SHEET.jabatan, row }), message: issue.message });
  }
  onRows?.(rows);
  return { jabatan, masalah: problems.done(), rows };
}
