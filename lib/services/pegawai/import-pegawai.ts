import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { UnreadableFile, type Masalah } from "@/lib/excel/pegawai/read-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/services/audit";
import { requireEditor } from "@/lib/services/guard";
import { pegawaiImporSchema, type ModeImpor } from "@/lib/validation/pegawai-impor";
import { checkOtherInstansi, readPegawaiFile, type OnProgress, type PegawaiBatch } from "./read-pegawai-file";
import { noteTouchedUnits, rebuildRekapPegawai } from "./rebuild-rekap-pegawai";
import { DIFFERS, planImpor, stagePegawai, type RencanaImpor } from "./stage-pegawai";

export type { Masalah, OnProgress, RencanaImpor };
export type { Tahap } from "./read-pegawai-file";

type Tx = Prisma.TransactionClient;

/** A refused import: nothing was written; every problem is listed with its row and column. */
export class ImportPegawaiRefused extends AppError {
  constructor(message: string, readonly masalah: Masalah[], code: "INVALID" | "TOO_LARGE" = "INVALID") {
    super(code, message);
  }
}

export interface HasilImporPegawai {
  pesan: string;
  mode: ModeImpor;
  baris: number;
  ditambah: number;
  diperbarui: number;
  tetap: number;
  dinonaktifkan: number;
}

const refuse = (masalah: Masalah[]) =>
  new ImportPegawaiRefused(`File tidak dapat diimpor: ${masalah.length.toLocaleString("id-ID")} masalah ditemukan. Tidak ada data yang disimpan.`, masalah);

// 100,000 rows are staged, compared, written and recapped in this one transaction.
const TX = { timeout: 10 * 60_000, maxWait: 10_000 };

/** Authorises, reads and checks the file; a file with any problem is refused before a transaction opens. */
async function prepare(db: Db, actor: Actor, input: unknown, onProgress?: OnProgress) {
  const data = pegawaiImporSchema.parse(input);
  await requireEditor(db, actor, data.instansiId, { entity: "Pegawai", entityId: "impor" });
  const instansi = await db.instansi.findUnique({ where: { id: data.instansiId }, select: { id: true } });
  if (!instansi) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");
  try {
    const { batch, masalah } = await readPegawaiFile(db, instansi.id, data.file, data.format, onProgress);
    if (masalah.length) throw refuse(masalah);
    return { data, batch };
  } catch (e) {
    if (e instanceof UnreadableFile) throw new ImportPegawaiRefused(e.message, e.masalah, e.message.startsWith("File terlalu besar") ? "TOO_LARGE" : "INVALID");
    throw e;
  }
}

/** One import of an instansi at a time; then the staged file (NIPs of another instansi re-checked under the lock). */
async function lockAndStage(tx: Tx, instansiId: number, batch: PegawaiBatch, onProgress?: OnProgress) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pegawai-impor'), ${instansiId})`;
  await stagePegawai(tx, batch, onProgress);
}

/**
 * "Pratinjau": what the file would change (added, updated, unchanged, deactivated, with sample rows),
 * computed exactly as the import computes it, in a transaction that writes nothing lasting (the
 * staging table is temporary).
 */
export async function previewImportPegawai(db: Db, actor: Actor, input: unknown, onProgress?: OnProgress): Promise<RencanaImpor> {
  const { data, batch } = await prepare(db, actor, input, onProgress);
  try {
    return await db.$transaction(async (tx) => {
      await lockAndStage(tx, data.instansiId, batch, onProgress);
      return planImpor(tx, data.instansiId, data.mode);
    }, TX);
  } catch (e) {
    throw wrapDbError(e);
  }
}

/**
 * "Impor Pegawai": the checked file lands whole or not at all, in ONE transaction with one audit
 * entry. Tambah/Perbarui upserts by NIP (a pegawai in the file becomes aktif); Ganti Seluruhnya
 * also sets aktif = false for the instansi's pegawai missing from the file (never deleted). The row
 * triggers are off for the bulk write (siasn.rekap_off); B and the recaps are rebuilt exactly, scoped
 * to the touched units and this instansi, in the same transaction.
 */
export async function importPegawai(db: Db, actor: Actor, input: unknown, onProgress?: OnProgress): Promise<HasilImporPegawai> {
  const { data, batch } = await prepare(db, actor, input, onProgress);
  const instansiId = data.instansiId;
  try {
    return await db.$transaction(async (tx) => {
      await lockAndStage(tx, instansiId, batch, onProgress);
      await onProgress?.("menghitung", 0, 1);
      await tx.$executeRaw`SELECT set_config('siasn.rekap_off', 'on', true)`;
      await noteTouchedUnits(tx, instansiId);

      const [w] = await tx.$queryRawUnsafe<{ ditambah: number; diperbarui: number }[]>(
        `WITH up AS (
           INSERT INTO "Pegawai" AS g (nip, nama, "tanggalLahir", "jenisKelamin", jenis, "instansiId", "unorId", "jabatanId", pendidikan, "tmtJabatan", aktif, "updatedAt")
           SELECT s.nip, s.nama, s."tanggalLahir", s."jenisKelamin", s.jenis, $1, s."unorId", s."jabatanId", s.pendidikan, s."tmtJabatan", true, now()
           FROM pegawai_impor s ORDER BY s.nip
           ON CONFLICT (nip) DO UPDATE SET nama = EXCLUDED.nama, "tanggalLahir" = EXCLUDED."tanggalLahir", "jenisKelamin" = EXCLUDED."jenisKelamin",
             jenis = EXCLUDED.jenis, "unorId" = EXCLUDED."unorId", "jabatanId" = EXCLUDED."jabatanId", pendidikan = EXCLUDED.pendidikan,
             "tmtJabatan" = EXCLUDED."tmtJabatan", aktif = true, "updatedAt" = now()
           WHERE g."instansiId" = $1 AND (${DIFFERS.replaceAll("s.", "EXCLUDED.")})
           RETURNING (xmax = 0) AS baru)
         SELECT (count(*) FILTER (WHERE baru))::int AS ditambah, (count(*) FILTER (WHERE NOT baru))::int AS diperbarui FROM up`,
        instansiId,
      );
      // Another instansi's import may have committed one of these NIPs while we waited on its row.
      const lain: Masalah[] = [];
      if (await checkOtherInstansi(tx, instansiId, batch, { add: (m) => lain.push(m) })) throw refuse(lain);

      const dinonaktifkan =
        data.mode === "GANTI"
          ? await tx.$executeRaw`
              UPDATE "Pegawai" g SET aktif = false, "updatedAt" = now()
              WHERE g."instansiId" = ${instansiId} AND g.aktif AND NOT EXISTS (SELECT 1 FROM pegawai_impor s WHERE s.nip = g.nip)`
          : 0;

      await rebuildRekapPegawai(tx, instansiId);
      await tx.$executeRaw`SELECT set_config('siasn.rekap_off', '', true)`;
      const hasil: HasilImporPegawai = {
        pesan: "",
        mode: data.mode,
        baris: batch.nip.length,
        ditambah: w.ditambah,
        diperbarui: w.diperbarui,
        tetap: batch.nip.length - w.ditambah - w.diperbarui,
        dinonaktifkan,
      };
      hasil.pesan = pesanHasil(hasil);
      await writeAudit(tx, actor, {
        entity: "Pegawai",
        entityId: "impor",
        action: "IMPOR_PEGAWAI",
        instansiId,
        after: { mode: hasil.mode, format: data.format, baris: hasil.baris, ditambah: hasil.ditambah, diperbarui: hasil.diperbarui, tetap: hasil.tetap, dinonaktifkan },
      });
      await onProgress?.("menghitung", 1, 1);
      return hasil;
    }, TX);
  } catch (e) {
    throw wrapDbError(e);
  }
}

const id = (n: number) => n.toLocaleString("id-ID");

function pesanHasil(h: HasilImporPegawai): string {
  if (!h.ditambah && !h.diperbarui && !h.dinonaktifkan) return "Tidak ada perubahan.";
  const bagian = [`${id(h.ditambah)} pegawai ditambahkan`, `${id(h.diperbarui)} diperbarui`];
  if (h.mode === "GANTI") bagian.push(`${id(h.dinonaktifkan)} dinonaktifkan`);
  return `${bagian.join(", ")}.`;
}
