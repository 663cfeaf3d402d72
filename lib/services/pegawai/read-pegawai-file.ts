import type { Db } from "@/lib/db";
import { PEGAWAI_COLUMNS, UNOR_PATH_SEPARATOR, kolomHuruf, type PegawaiKolom } from "@/lib/excel/pegawai/layout";
import { readPegawaiRows, type Masalah } from "@/lib/excel/pegawai/read-rows";
import { pegawaiImporRowSchema } from "@/lib/validation/pegawai-impor";

export type Tahap = "membaca" | "memeriksa" | "menyimpan" | "menghitung";
/** Awaited, so a caller (a test) may hold or break the import at a step; inside "menyimpan" the transaction is open. */
export type OnProgress = (tahap: Tahap, selesai: number, total: number) => void | Promise<void>;

export const MAX_MASALAH = 500;

/** The checked file, column-wise (100,000 rows as ten arrays, not 100,000 objects). */
export interface PegawaiBatch {
  baris: number[];
  nip: string[];
  nama: string[];
  tanggalLahir: string[];
  jenisKelamin: ("PRIA" | "WANITA")[];
  jenis: ("PNS" | "PPPK")[];
  jabatanId: (number | null)[];
  unorId: number[];
  pendidikan: (string | null)[];
  tmtJabatan: (string | null)[];
}

const COLUMN_OF = new Map<PegawaiKolom, string>(PEGAWAI_COLUMNS.map((c, i) => [c.key, kolomHuruf(i + 1)]));

class Problems {
  readonly list: Masalah[] = [];
  hidden = 0;
  add(m: Masalah) {
    if (this.list.length < MAX_MASALAH) this.list.push(m);
    else this.hidden++;
  }
  done(): Masalah[] {
    this.list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (!this.hidden) return this.list;
    return [...this.list, { row: null, column: null, message: `… dan ${this.hidden.toLocaleString("id-ID")} masalah lain tidak ditampilkan.` }];
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const normPath = (s: string) => s.split(UNOR_PATH_SEPARATOR).map(norm).join(UNOR_PATH_SEPARATOR);

/** The instansi's units by id and by full path of names ("Sekretariat Daerah>Bagian Organisasi", normalised). */
async function unitIndex(db: Db, instansiId: number) {
  const units = await db.$queryRaw<{ id: number; nama: string; path: number[] }[]>`
    SELECT id, nama, path FROM "Unor" WHERE "instansiId" = ${instansiId}`;
  const names = new Map(units.map((u) => [u.id, u.nama]));
  const byId = new Set(units.map((u) => u.id));
  const byPath = new Map<string, number | "ganda">();
  for (const u of units) {
    const key = normPath(u.path.map((id) => names.get(id) ?? "?").join(UNOR_PATH_SEPARATOR));
    byPath.set(key, byPath.has(key) ? "ganda" : u.id);
  }
  return { byId, byPath };
}

/**
 * Reads and checks a whole pegawai file against the instansi: every row through the zod schema, NIP
 * duplicates within the file, jabatan codes in the catalogue, units of this instansi (by id or full
 * path), and NIPs that already belong to another instansi. Returns the batch, or every problem found
 * (with row and column) — a caller writes nothing while there is one.
 */
export async function readPegawaiFile(
  db: Db,
  instansiId: number,
  file: string,
  format: "xlsx" | "csv",
  onProgress?: OnProgress,
): Promise<{ batch: PegawaiBatch; masalah: Masalah[] }> {
  const problems = new Problems();
  const units = await unitIndex(db, instansiId);
  const batch: PegawaiBatch = { baris: [], nip: [], nama: [], tanggalLahir: [], jenisKelamin: [], jenis: [], jabatanId: [], unorId: [], pendidikan: [], tmtJabatan: [] };
  const kodeJabatan: (string | null)[] = [];
  const nipRow = new Map<string, number>();

  await onProgress?.("membaca", 0, 0);
  let n = 0;
  for await (const raw of readPegawaiRows(file, format)) {
    if (++n % 5000 === 0) await onProgress?.("membaca", n, 0);
    raw.masalah?.forEach((m) => problems.add(m));
    const parsed = pegawaiImporRowSchema.safeParse(raw.cells);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const col = COLUMN_OF.get(issue.path[0] as PegawaiKolom) ?? null;
        if (col && raw.masalah?.some((m) => m.column === col)) continue;
        const key = `${col}|${issue.message}`;
        if (!seen.has(key)) problems.add({ row: raw.row, column: col, message: issue.message });
        seen.add(key);
      }
      continue;
    }
    const r = parsed.data;
    const earlier = nipRow.get(r.nip);
    if (earlier !== undefined) {
      problems.add({ row: raw.row, column: "A", message: `NIP ${r.nip} ganda: sudah tercantum pada baris ${earlier}.` });
      continue;
    }
    nipRow.set(r.nip, raw.row);
    const unorId = resolveUnor(units, r.unor);
    if (typeof unorId === "string") {
      problems.add({ row: raw.row, column: COLUMN_OF.get("unor")!, message: unorId });
      continue;
    }
    batch.baris.push(raw.row);
    batch.nip.push(r.nip);
    batch.nama.push(r.nama);
    batch.tanggalLahir.push(r.tanggalLahir!);
    batch.jenisKelamin.push(r.jenisKelamin!);
    batch.jenis.push(r.jenis);
    batch.unorId.push(unorId);
    batch.pendidikan.push(r.pendidikan);
    batch.tmtJabatan.push(r.tmtJabatan);
    kodeJabatan.push(r.kodeJabatan);
  }
  await onProgress?.("membaca", n, n);
  if (n === 0) problems.add({ row: null, column: null, message: "File tidak memuat satu pegawai pun." });

  await onProgress?.("memeriksa", 0, batch.nip.length);
  // Valid rows are checked against the database even when others failed: the operator gets every problem at once.
  await resolveJabatan(db, batch, kodeJabatan, problems);
  await checkOtherInstansi(db, instansiId, batch, problems);
  await onProgress?.("memeriksa", batch.nip.length, batch.nip.length);
  return { batch, masalah: problems.done() };
}

function resolveUnor(units: Awaited<ReturnType<typeof unitIndex>>, text: string): number | string {
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    return units.byId.has(id) ? id : `Unor dengan ID ${text} tidak ada di instansi ini.`;
  }
  const hit = units.byPath.get(normPath(text));
  if (hit === "ganda") return `Jalur unor "${text.slice(0, 120)}" cocok dengan lebih dari satu unor; tulis ID unornya.`;
  if (hit === undefined) return `Unor "${text.slice(0, 120)}" tidak ditemukan di instansi ini; tulis ID unor atau jalur lengkap dari unit teratas dipisah " > ".`;
  return hit;
}

async function resolveJabatan(db: Db, batch: PegawaiBatch, kode: (string | null)[], problems: Problems) {
  const distinct = [...new Set(kode.filter((k): k is string => k !== null))];
  const rows = distinct.length
    ? await db.$queryRaw<{ id: number; kode: string }[]>`SELECT id, kode FROM "Jabatan" WHERE kode = ANY(${distinct}::text[])`
    : [];
  const byKode = new Map(rows.map((r) => [r.kode, r.id]));
  const col = COLUMN_OF.get("kodeJabatan")!;
  kode.forEach((k, i) => {
    if (k === null) return void batch.jabatanId.push(null);
    const id = byKode.get(k);
    if (id === undefined) problems.add({ row: batch.baris[i], column: col, message: `Kode jabatan "${k}" tidak ada di katalog jabatan.` });
    batch.jabatanId.push(id ?? null);
  });
}

/** A NIP is one person nationally: a pegawai of another instansi moves by mutasi, not by this import. */
export async function checkOtherInstansi(db: Pick<Db, "$queryRaw">, instansiId: number, batch: Pick<PegawaiBatch, "nip" | "baris">, problems: { add(m: Masalah): void }) {
  const taken = await db.$queryRaw<{ nip: string }[]>`
    SELECT nip FROM "Pegawai" WHERE nip = ANY(${batch.nip}::text[]) AND "instansiId" <> ${instansiId}`;
  if (!taken.length) return 0;
  const set = new Set(taken.map((t) => t.nip));
  batch.nip.forEach((nip, i) => {
    if (set.has(nip)) problems.add({ row: batch.baris[i], column: "A", message: `NIP ${nip} terdaftar sebagai pegawai instansi lain; perpindahan instansi diproses lewat mutasi, bukan impor.` });
  });
  return taken.length;
}
