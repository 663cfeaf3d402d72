import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { memorySource, writeInfojabWorkbook } from "@/lib/excel/infojab/write-workbook";
import { requireReader } from "@/lib/services/guard";
import { EMPTY_INFOJAB } from "@/lib/validation/infojab";
import { infojabTemplateSchema } from "@/lib/validation/infojab-excel";
import type { InfojabExport } from "./export-infojab-excel";

/**
 * "Unduh Template": an empty infojab workbook. For one placed jabatan, its Jabatan row already
 * holds the key and the current version, so the filled template imports straight into it.
 */
export async function buildInfojabTemplate(db: Db, actor: Actor, input: unknown): Promise<InfojabExport> {
  const data = infojabTemplateSchema.parse(input);
  if (!data.petaJabatanId) return { filename: "template-infojab.xlsx", jabatan: 0, write: (out) => writeInfojabWorkbook(out, memorySource([])) };

  const cell = await db.petaJabatan.findUnique({
    where: { id: data.petaJabatanId },
    select: { id: true, instansiId: true, jabatan: { select: { nama: true, jenis: true } }, unor: { select: { path: true } }, infojab: { select: { version: true } } },
  });
  if (!cell) throw new AppError("NOT_FOUND", "Jabatan pada peta jabatan tidak ditemukan.");
  await requireReader(db, actor, cell.instansiId, { entity: "Infojab", entityId: cell.id });
  const units = await db.unor.findMany({ where: { id: { in: cell.unor.path } }, select: { id: true, nama: true } });
  const unit = cell.unor.path.map((id) => units.find((u) => u.id === id)?.nama ?? "").join(" / ");
  const jabatan = { kode: cell.id, nama: cell.jabatan.nama, jenis: cell.jabatan.jenis, unit, versi: cell.infojab?.version ?? 0 };
  return { filename: `template-infojab-${cell.id}.xlsx`, jabatan: 1, write: (out) => writeInfojabWorkbook(out, memorySource([{ jabatan, isi: EMPTY_INFOJAB }])) };
}
