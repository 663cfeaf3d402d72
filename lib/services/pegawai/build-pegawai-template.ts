import type { Writable } from "node:stream";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { UNOR_PATH_SEPARATOR } from "@/lib/excel/pegawai/layout";
import { writePegawaiTemplate } from "@/lib/excel/pegawai/write-template";
import { requireReader } from "@/lib/services/guard";
import { pegawaiImporSchema } from "@/lib/validation/pegawai-impor";

export interface PegawaiTemplate {
  filename: string;
  write(out: Writable): Promise<void>;
}

const instansiSchema = pegawaiImporSchema.pick({ instansiId: true });

/** "Unduh Template": the empty pegawai sheet with the instansi's units (ID, full path) and placed jabatan to copy from. */
export async function buildPegawaiTemplate(db: Db, actor: Actor, input: unknown): Promise<PegawaiTemplate> {
  const { instansiId } = instansiSchema.parse(input);
  await requireReader(db, actor, instansiId, { entity: "Pegawai", entityId: "template" });
  const instansi = await db.instansi.findUnique({ where: { id: instansiId }, select: { nama: true, kode: true } });
  if (!instansi) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");
  const units = await db.$queryRaw<{ id: number; nama: string; path: number[]; aktif: boolean }[]>`
    SELECT id, nama, path, aktif FROM "Unor" WHERE "instansiId" = ${instansiId} ORDER BY array_length(path, 1), urutan, id`;
  const names = new Map(units.map((u) => [u.id, u.nama]));
  const unor = units
    .map((u) => ({ id: u.id, aktif: u.aktif, jalur: u.path.map((p) => names.get(p) ?? "?").join(` ${UNOR_PATH_SEPARATOR} `) }))
    .sort((a, b) => a.jalur.localeCompare(b.jalur, "id"));
  const jabatan = await db.$queryRaw<{ kode: string; nama: string; kelas: number }[]>`
    SELECT DISTINCT j.kode, j.nama, j.kelas FROM "PetaJabatan" p JOIN "Jabatan" j ON j.id = p."jabatanId"
    WHERE p."instansiId" = ${instansiId} ORDER BY j.nama`;
  return {
    filename: `template-impor-pegawai-${instansi.kode}.xlsx`,
    write: (out) => writePegawaiTemplate(out, { instansi: instansi.nama, unor, jabatan }),
  };
}
