import type { Writable } from "node:stream";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getPetaJabatan } from "@/lib/data/peta-jabatan";
import { requireReader } from "@/lib/services/guard";
import { writePetaJabatanWorkbook } from "./write-workbook";

const exportSchema = z.object({
  instansiId: z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." }),
});

export interface PetaJabatanExport {
  filename: string;
  jabatan: number;
  write(out: Writable): Promise<unknown>;
}

const slug = (s: string) => s.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "instansi";

/**
 * "Unduh Excel" of the Peta Jabatan tab: refuses (and records) an actor who may not read the
 * instansi, reads the same figures the tab shows, and returns a writer that streams the workbook.
 */
export async function exportPetaJabatanExcel(db: Db, actor: Actor, input: unknown, now = new Date()): Promise<PetaJabatanExport> {
  const { instansiId } = exportSchema.parse(input);
  const instansi = await db.instansi.findUnique({ where: { id: instansiId }, select: { id: true, kode: true } });
  if (!instansi) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");
  await requireReader(db, actor, instansi.id, { entity: "PetaJabatan", entityId: "ekspor" });
  const data = await getPetaJabatan(actor, instansi.id);
  if (!data) throw new AppError("NOT_FOUND", "Instansi tidak ditemukan.");
  return {
    filename: `peta-jabatan-${slug(instansi.kode)}-${now.toISOString().slice(0, 10)}.xlsx`,
    jabatan: data.cells.length,
    write: (out) => writePetaJabatanWorkbook(out, data, now),
  };
}
