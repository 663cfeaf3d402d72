import type { Writable } from "node:stream";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { dbExportSource } from "@/lib/excel/infojab/db-source";
import { writeInfojabWorkbook, type WriteResult } from "@/lib/excel/infojab/write-workbook";
import { requireReader } from "@/lib/services/guard";
import { infojabExportSchema } from "@/lib/validation/infojab-excel";

export interface InfojabExport {
  filename: string;
  jabatan: number;
  write(out: Writable): Promise<WriteResult>;
}

const slug = (s: string) => s.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "infojab";

/**
 * "Unduh Infojab": checks the actor may read the instansi and that the named jabatan or unor is
 * one of its own (else not found), then returns a writer that streams the workbook in batches.
 */
export async function exportInfojabExcel(db: Db, actor: Actor, input: unknown): Promise<InfojabExport> {
  const data = infojabExportSchema.parse(input);
  const instansi = await db.instansi.findUnique({ where: { id: data.instansiId }, select: { id: true, kode: true } });
  if (!instansi) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");
  await requireReader(db, actor, instansi.id, { entity: "Infojab", entityId: "ekspor" });

  let label = `instansi-${instansi.kode}`;
  if (data.petaJabatanId) {
    const cell = await db.petaJabatan.findFirst({ where: { id: data.petaJabatanId, instansiId: instansi.id }, select: { jabatan: { select: { nama: true } } } });
    if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
    label = cell.jabatan.nama;
  } else if (data.unorId) {
    const unor = await db.unor.findFirst({ where: { id: data.unorId, instansiId: instansi.id }, select: { nama: true } });
    if (!unor) throw new AppError("NOT_FOUND", "Unor tidak ditemukan.");
    label = unor.nama;
  }
  const source = await dbExportSource(db, { instansiId: instansi.id, petaJabatanId: data.petaJabatanId, unorId: data.unorId });
  return { filename: `infojab-${slug(label)}.xlsx`, jabatan: source.count, write: (out) => writeInfojabWorkbook(out, source) };
}
