import { Prisma } from "@/lib/generated/prisma/client";
import type { RuleSet } from "@/lib/domain/abk";
import type { InfojabDiff } from "@/lib/domain/infojab/diff";
import { AppError, isAppError } from "@/lib/errors";
import type { InfojabIsi } from "@/lib/validation/infojab";
import { findInfojabCells, type BatchCell } from "./find-infojab-cells";
import { planInfojabWrite } from "./plan-infojab-write";
import { infojabColumns, uraianColumns } from "./write-infojab";

type Tx = Prisma.TransactionClient;

export interface BatchItem {
  petaJabatanId: number;
  expectedVersion: number;
  isi: InfojabIsi;
}

export interface BatchItemResult {
  petaJabatanId: number;
  nama: string;
  berubah: boolean;
  diff: InfojabDiff;
  kebutuhanSebelum: number;
  kebutuhanSesudah: number;
}

/** The import's CONFLICT: the operator must know which jabatan to download again. */
export const importConflict = (cell: { jabatan: { nama: string } }, kode: number) =>
  new AppError("CONFLICT", `Informasi jabatan ${cell.jabatan.nama} (kode ${kode}) diubah di portal sejak file diunduh. Unduh ulang file, lalu ulangi.`);

const notFound = () => new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");

// One JSON parameter per statement, unpacked by jsonb_to_recordset: values stay parameters (no SQL
// text is built from them) and a chunk of thousands of rows is still one round trip. This fragment is
// a constant: the record's column types, shared by the UPDATE and the INSERT.
const INFOJAB_RECORD = Prisma.raw(`ikhtisar text, kualifikasi jsonb, "hasilKerja" jsonb, "bahanKerja" jsonb, "perangkatKerja" jsonb,
  "tanggungJawab" jsonb, wewenang jsonb, "korelasiJabatan" jsonb, "kondisiLingkungan" jsonb, "risikoBahaya" jsonb, "syaratJabatan" jsonb,
  "prestasiKerja" text, "kelasJabatan" int`);

/**
 * The import's write of a chunk of jabatan (a few hundred) inside its transaction, in a handful of
 * statements instead of ~6 per jabatan: one read of the cells (findInfojabCells), per jabatan in JS
 * the decision of planInfojabWrite (LOCKED; CONFLICT naming the jabatan; no change → no write; the
 * ABK kebutuhan), then for the changed ones: one conditional UPDATE of their Infojab (version and
 * lock as read, and exactly as many rows as expected, else CONFLICT), one INSERT of the new Infojab,
 * one DELETE and one INSERT of their uraian tugas, one UPDATE of the cells whose K changes (the
 * recap triggers follow row by row, as for a save). Results in the order of `items`.
 */
export async function writeInfojabBatch(tx: Tx, instansiId: number, items: BatchItem[], aturan: RuleSet): Promise<BatchItemResult[]> {
  const cells = await findInfojabCells(tx, instansiId, items.map((i) => i.petaJabatanId));
  const results: BatchItemResult[] = [];
  const updates: { item: BatchItem; cell: BatchCell }[] = [];
  const inserts: BatchItem[] = [];
  const kUpdates: { id: number; kebutuhan: number }[] = [];
  for (const item of items) {
    const cell = cells.get(item.petaJabatanId);
    if (!cell) throw notFound();
    let plan;
    try {
      plan = planInfojabWrite(cell, item.expectedVersion, item.isi, aturan);
    } catch (e) {
      throw isAppError(e) && e.code === "CONFLICT" ? importConflict(cell, item.petaJabatanId) : e;
    }
    results.push({ petaJabatanId: item.petaJabatanId, nama: cell.jabatan.nama, berubah: plan.berubah, diff: plan.diff, kebutuhanSebelum: cell.kebutuhan, kebutuhanSesudah: plan.kebutuhanSesudah });
    if (!plan.berubah) continue;
    if (cell.infojab) updates.push({ item, cell });
    else inserts.push(item);
    if (plan.kChanges) kUpdates.push({ id: item.petaJabatanId, kebutuhan: plan.kebutuhanSesudah });
  }

  const infojabIds = new Map<number, number>();
  if (updates.length) {
    const json = JSON.stringify(updates.map(({ item, cell }) => ({ id: cell.infojab!.id, version: item.expectedVersion, ...infojabColumns(item.isi) })));
    // Conditional on version and lock as the plan saw them: a save or lock since then makes it miss.
    const changed = await tx.$queryRaw<{ id: number }[]>`
      UPDATE "Infojab" f SET ikhtisar = v.ikhtisar, kualifikasi = v.kualifikasi, "hasilKerja" = v."hasilKerja", "bahanKerja" = v."bahanKerja",
        "perangkatKerja" = v."perangkatKerja", "tanggungJawab" = v."tanggungJawab", wewenang = v.wewenang, "korelasiJabatan" = v."korelasiJabatan",
        "kondisiLingkungan" = v."kondisiLingkungan", "risikoBahaya" = v."risikoBahaya", "syaratJabatan" = v."syaratJabatan",
        "prestasiKerja" = v."prestasiKerja", "kelasJabatan" = v."kelasJabatan", version = f.version + 1, "updatedAt" = now()
      FROM jsonb_to_recordset(${json}::jsonb) AS v(id int, version int, ${INFOJAB_RECORD})
      WHERE f.id = v.id AND f.version = v.version AND f."lockedAt" IS NULL
      RETURNING f.id`;
    if (changed.length !== updates.length) {
      const hit = new Set(changed.map((r) => r.id));
      const lost = updates.find(({ cell }) => !hit.has(cell.infojab!.id))!;
      throw importConflict(lost.cell, lost.item.petaJabatanId);
    }
    for (const { item, cell } of updates) infojabIds.set(item.petaJabatanId, cell.infojab!.id);
    await tx.$executeRaw`DELETE FROM "UraianTugas" WHERE "infojabId" = ANY(${updates.map(({ cell }) => cell.infojab!.id)}::int[])`;
  }
  if (inserts.length) {
    const json = JSON.stringify(inserts.map((item) => ({ petaJabatanId: item.petaJabatanId, ...infojabColumns(item.isi) })));
    // The unique petaJabatanId turns a concurrent first save into a conflict (wrapDbError), as for a save.
    const created = await tx.$queryRaw<{ id: number; petaJabatanId: number }[]>`
      INSERT INTO "Infojab" ("petaJabatanId", ikhtisar, kualifikasi, "hasilKerja", "bahanKerja", "perangkatKerja", "tanggungJawab", wewenang,
        "korelasiJabatan", "kondisiLingkungan", "risikoBahaya", "syaratJabatan", "prestasiKerja", "kelasJabatan", "updatedAt")
      SELECT v."petaJabatanId", v.ikhtisar, v.kualifikasi, v."hasilKerja", v."bahanKerja", v."perangkatKerja", v."tanggungJawab", v.wewenang,
        v."korelasiJabatan", v."kondisiLingkungan", v."risikoBahaya", v."syaratJabatan", v."prestasiKerja", v."kelasJabatan", now()
      FROM jsonb_to_recordset(${json}::jsonb) AS v("petaJabatanId" int, ${INFOJAB_RECORD})
      RETURNING id, "petaJabatanId"`;
    for (const r of created) infojabIds.set(r.petaJabatanId, r.id);
  }

  const uraian = [...updates.map((u) => u.item), ...inserts].flatMap((item) => uraianColumns(item.isi).map((t) => ({ infojabId: infojabIds.get(item.petaJabatanId)!, ...t })));
  if (uraian.length) {
    await tx.$executeRaw`
      INSERT INTO "UraianTugas" ("infojabId", urutan, uraian, "hasilKerja", satuan, volume, periode, waktu, "satuanWaktu")
      SELECT v."infojabId", v.urutan, v.uraian, v."hasilKerja", v.satuan, v.volume, v.periode, v.waktu, v."satuanWaktu"
      FROM jsonb_to_recordset(${JSON.stringify(uraian)}::jsonb) AS v("infojabId" int, urutan int, uraian text, "hasilKerja" text, satuan text,
        volume numeric, periode "PeriodeBeban", waktu numeric, "satuanWaktu" "SatuanWaktu")`;
  }
  if (kUpdates.length) {
    const n = await tx.$executeRaw`
      UPDATE "PetaJabatan" p SET kebutuhan = v.kebutuhan, "sumberKebutuhan" = 'ABK', "aturanVersi" = ${aturan.versi}, version = p.version + 1, "updatedAt" = now()
      FROM unnest(${kUpdates.map((k) => k.id)}::int[], ${kUpdates.map((k) => k.kebutuhan)}::int[]) AS v(id, kebutuhan)
      WHERE p.id = v.id`;
    if (n !== kUpdates.length) throw notFound();
  }
  return results;
}
