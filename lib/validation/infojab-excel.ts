import { z } from "zod";

const id = (label: string) => z.coerce.number({ error: `${label} tidak sah.` }).int({ error: `${label} tidak sah.` }).positive({ error: `${label} tidak sah.` });
// A query parameter that is absent or empty means "not given".
const optionalId = (label: string) => z.preprocess((v) => (v === null || v === "" ? undefined : v), id(label).optional());

/** Scope of an infojab export: one placed jabatan, a unit and everything below it, or the whole instansi. */
export const infojabExportSchema = z
  .object({ instansiId: id("Instansi"), petaJabatanId: optionalId("Jabatan"), unorId: optionalId("Unor") })
  .refine((x) => !(x.petaJabatanId && x.unorId), { error: "Pilih salah satu: satu jabatan atau satu unor." });

export const infojabTemplateSchema = z.object({ petaJabatanId: optionalId("Jabatan") });
export const infojabImportSchema = z.object({ instansiId: id("Instansi"), file: z.string().min(1) });

export type InfojabExportInput = z.output<typeof infojabExportSchema>;
