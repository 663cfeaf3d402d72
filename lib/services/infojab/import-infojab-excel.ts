import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { readInfojabWorkbook, TOO_LARGE_MESSAGE, type Masalah } from "@/lib/excel/infojab/read-workbook";
import { writeAudit } from "@/lib/services/audit";
import { requireEditor } from "@/lib/services/guard";
import type { InfojabIsi } from "@/lib/validation/infojab";
import { infojabImportSchema } from "@/lib/validation/infojab-excel";
import { writeInfojabBatch } from "./write-infojab-batch";
import { isEmptyDocument, checkTargets } from "./import-infojab-targets";

export type Tahap = "membaca" | "memeriksa" | "menyimpan";
/** Awaited, so a caller (a test) may hold the import at a step; inside "menyimpan" the transaction is open. */
export type OnProgress = (tahap: Tahap, selesai: number, total: number) => void | Promise<void>;

/** A refused import: nothing was written; every problem is listed for the operator. */
export class ImportRefused extends AppError {
  constructor(message: string, readonly masalah: Masalah[], code: "INVALID" | "TOO_LARGE" = "INVALID") {
    super(code, message);
  }
}

export interface ImportJabatanResult {
  petaJabatanId: number;
  nama: string;
  uraianDitambah: number;
  uraianDiubah: number;
  uraianDihapus: number;
  bagianBerubah: string[];
  kebutuhanSebelum: number;
  kebutuhanSesudah: number;
}

export interface ImportResult {
  pesan: string;
  jabatan: ImportJabatanResult[];
  total: { jabatanDibaca: number; jabatanBerubah: number; uraianDitambah: number; uraianDiubah: number; uraianDihapus: number; kebutuhanSebelum: number; kebutuhanSesudah: number };
}

/** Jabatan per batch write: a few statements each, a chunk's rows (~10 uraian a jabatan) well under a MB of JSON. */
const CHUNK = 500;

const refuse = (masalah: Masalah[]) => new ImportRefused(`File tidak dapat diimpor: ${masalah.length.toLocaleString("id-ID")} masalah ditemukan. Tidak ada data yang disimpan.`, masalah);

/**
 * "Unggah Infojab": the whole file is read and checked first (cells, schema, keys of this instansi,
 * locks, versions); only a file without a single problem is written, in ONE transaction with one
 * audit entry, so an import lands whole or not at all.
 */
export async function importInfojabExcel(db: Db, actor: Actor, input: unknown, onProgress?: OnProgress): Promise<ImportResult> {
  const data = infojabImportSchema.parse(input);
  await requireEditor(db, actor, data.instansiId, { entity: "Infojab", entityId: "impor" });
  const instansi = await db.instansi.findUnique({ where: { id: data.instansiId }, select: { id: true } });
  if (!instansi) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");

  const { dibaca, todo } = await readAndCheck(db, instansi.id, data.file, onProgress);

  const aturan = await getAturanBerlaku(db);
  const hasil: ImportJabatanResult[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        await onProgress?.("menyimpan", 0, todo.length);
        for (let i = 0; i < todo.length; i += CHUNK) {
          const items = todo.slice(i, i + CHUNK).map((j) => ({ petaJabatanId: j.kode, expectedVersion: j.versi, isi: JSON.parse(j.isi) as InfojabIsi }));
          for (const r of await writeInfojabBatch(tx, instansi.id, items, aturan))
            if (r.berubah) hasil.push({ petaJabatanId: r.petaJabatanId, nama: r.nama, ...r.diff, kebutuhanSebelum: r.kebutuhanSebelum, kebutuhanSesudah: r.kebutuhanSesudah });
          // Jabatan written so far: the chunk is in the open transaction, not yet committed.
          await onProgress?.("menyimpan", Math.min(i + CHUNK, todo.length), todo.length);
        }
        if (hasil.length) {
          await writeAudit(tx, actor, {
            entity: "Infojab",
            entityId: "impor",
            action: "IMPOR_INFOJAB",
            instansiId: instansi.id,
            after: { aturanVersi: aturan.versi, ...summary(dibaca, hasil), jabatan: hasil.map((h) => h.petaJabatanId) },
          });
        }
      },
      // 5,000 jabatan are written in this one transaction: Prisma's 5 s default would cut it.
      { timeout: 10 * 60_000, maxWait: 10_000 },
    );
  } catch (e) {
    throw wrapDbError(e);
  }
  const total = summary(dibaca, hasil);
  const pesan = hasil.length ? `${hasil.length.toLocaleString("id-ID")} informasi jabatan diperbarui.` : "Tidak ada perubahan.";
  return { pesan, jabatan: hasil, total };
}

/** A checked document waiting for its chunk: as JSON text, a fraction of the memory of the parsed object. */
interface Pending {
  kode: number;
  versi: number;
  isi: string;
}

/**
 * Reads and checks the whole file. The parsed documents live only in here: what is kept for the
 * write is each one's JSON text (~2.4 kB for a document of 10 uraian, against ~9 kB as objects).
 */
async function readAndCheck(db: Db, instansiId: number, file: string, onProgress?: OnProgress): Promise<{ dibaca: number; todo: Pending[] }> {
  await onProgress?.("membaca", 0, 1);
  const read = await readInfojabWorkbook(file, (n) => void onProgress?.("membaca", n, 0));
  if (read.masalah.length === 1 && read.masalah[0].message === TOO_LARGE_MESSAGE) throw new ImportRefused(TOO_LARGE_MESSAGE, read.masalah, "TOO_LARGE");
  if (read.masalah.length) throw refuse(read.masalah);

  await onProgress?.("memeriksa", 0, read.jabatan.length);
  const { cells, masalah } = await checkTargets(db, instansiId, read.jabatan);
  if (masalah.length) throw refuse(masalah);
  const todo: Pending[] = [];
  for (const j of read.jabatan) {
    // A jabatan that has no infojab and is left empty in the file is not one to create.
    if (j.versi === 0 && !cells.get(j.kode)!.infojab && isEmptyDocument(j.isi)) continue;
    todo.push({ kode: j.kode, versi: j.versi, isi: JSON.stringify(j.isi) });
  }
  await onProgress?.("memeriksa", read.jabatan.length, read.jabatan.length);
  return { dibaca: read.jabatan.length, todo };
}

function summary(jabatanDibaca: number, hasil: ImportJabatanResult[]): ImportResult["total"] {
  const sum = (k: "uraianDitambah" | "uraianDiubah" | "uraianDihapus" | "kebutuhanSebelum" | "kebutuhanSesudah") => hasil.reduce((s, h) => s + h[k], 0);
  return {
    jabatanDibaca,
    jabatanBerubah: hasil.length,
    uraianDitambah: sum("uraianDitambah"),
    uraianDiubah: sum("uraianDiubah"),
    uraianDihapus: sum("uraianDihapus"),
    kebutuhanSebelum: sum("kebutuhanSebelum"),
    kebutuhanSesudah: sum("kebutuhanSesudah"),
  };
}

