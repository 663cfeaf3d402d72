import type { Db } from "@/lib/db";
import { canManageAturan, type Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { referensiFaskesRowSchema, referensiSekolahRowSchema, type ReferensiFaskesRow, type ReferensiSekolahRow } from "@/lib/validation/pembina";
import { writeAudit } from "@/lib/services/audit";
import type { BarisFile } from "./read-referensi-file";

export interface MasalahReferensi {
  row: number;
  column: string | null;
  message: string;
}

const KOLOM_SEKOLAH = ["npsn", "nama", "jenjang", "kode_instansi", "kecamatan", "siswa_1", "siswa_2", "siswa_3", "siswa_4", "siswa_5", "siswa_6"];
const KOLOM_FASKES = ["kode", "nama", "jenis", "wilayah", "kelas_rs", "kode_instansi", "kecamatan"];
export const KOLOM_REFERENSI = { SEKOLAH: KOLOM_SEKOLAH, FASKES: KOLOM_FASKES } as const;

const FIELD_KOLOM: Record<string, string> = { kodeInstansi: "kode_instansi", kelasRs: "kelas_rs", siswa: "siswa_1…siswa_6" };

/**
 * ADMIN loads the pembina's register (schools or faskes) from a file: every row validated, errors per
 * row and column; then, only when there is none, all rows upserted by their code in one transaction
 * with one audit entry. A row never deletes: an entry missing from the file stays.
 */
export async function importReferensi(db: Db, actor: Actor, jenis: "SEKOLAH" | "FASKES", rows: BarisFile[]) {
  if (!canManageAturan(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat mengimpor data referensi.");
  if (rows.length === 0) throw new AppError("INVALID", "File tidak berisi baris data.");
  const kolom = KOLOM_REFERENSI[jenis];
  const kurang = kolom.filter((k) => !(k in rows[0].values) && !(k.startsWith("siswa_") && Number(k.slice(6)) > 3) && k !== "kecamatan");
  if (kurang.length) throw new AppError("INVALID", `Kolom wajib tidak ada: ${kurang.join(", ")}. Kolom yang dipakai: ${kolom.join(", ")}.`);

  const masalah: MasalahReferensi[] = [];
  const valid: { row: number; data: ReferensiSekolahRow | ReferensiFaskesRow }[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const v = r.values;
    const parsed =
      jenis === "SEKOLAH"
        ? referensiSekolahRowSchema.safeParse({ npsn: v.npsn, nama: v.nama, jenjang: v.jenjang?.toUpperCase(), kodeInstansi: v.kode_instansi, kecamatan: v.kecamatan, siswa: [1, 2, 3, 4, 5, 6].map((t) => v[`siswa_${t}`]) })
        : referensiFaskesRowSchema.safeParse({ kode: v.kode?.toUpperCase(), nama: v.nama, jenis: v.jenis?.toUpperCase(), wilayah: v.wilayah?.toUpperCase(), kelasRs: v.kelas_rs?.toUpperCase(), kodeInstansi: v.kode_instansi, kecamatan: v.kecamatan });
    if (!parsed.success) {
      for (const i of parsed.error.issues) masalah.push({ row: r.row, column: FIELD_KOLOM[String(i.path[0])] ?? (i.path[0] === undefined ? null : String(i.path[0])), message: i.message });
      continue;
    }
    const kode = "npsn" in parsed.data ? parsed.data.npsn : parsed.data.kode;
    const first = seen.get(kode);
    if (first) masalah.push({ row: r.row, column: jenis === "SEKOLAH" ? "npsn" : "kode", message: `Kode ${kode} ganda: sudah ada di baris ${first}.` });
    else seen.set(kode, r.row);
    valid.push({ row: r.row, data: parsed.data });
  }
  const instansi = new Map((await db.instansi.findMany({ where: { kode: { in: [...new Set(valid.map((v) => v.data.kodeInstansi))] } }, select: { id: true, kode: true } })).map((i) => [i.kode, i.id]));
  for (const v of valid) if (!instansi.has(v.data.kodeInstansi)) masalah.push({ row: v.row, column: "kode_instansi", message: `Instansi ${v.data.kodeInstansi} tidak dikenal.` });
  if (masalah.length) {
    masalah.sort((a, b) => a.row - b.row);
    throw Object.assign(new AppError("INVALID", `Data referensi tidak diimpor: ${masalah.length} masalah. Perbaiki file, lalu unggah ulang.`), { masalah: masalah.slice(0, 500) });
  }

  try {
    return await db.$transaction(
      async (tx) => {
        let ditambah = 0;
        let diperbarui = 0;
        for (const { data } of valid) {
          const instansiId = instansi.get(data.kodeInstansi)!;
          if ("npsn" in data) {
            const { kodeInstansi: _k, npsn, ...rest } = data;
            const before = await tx.referensiSekolah.findUnique({ where: { npsn }, select: { id: true } });
            await tx.referensiSekolah.upsert({ where: { npsn }, create: { npsn, ...rest, instansiId }, update: { ...rest, instansiId } });
            if (before) diperbarui++;
            else ditambah++;
          } else {
            const { kodeInstansi: _k, kode, ...rest } = data;
            const before = await tx.referensiFaskes.findUnique({ where: { kode }, select: { id: true } });
            await tx.referensiFaskes.upsert({ where: { kode }, create: { kode, ...rest, instansiId }, update: { ...rest, instansiId } });
            if (before) diperbarui++;
            else ditambah++;
          }
        }
        const hasil = { jenis, baris: valid.length, ditambah, diperbarui };
        await writeAudit(tx, actor, { entity: jenis === "SEKOLAH" ? "ReferensiSekolah" : "ReferensiFaskes", entityId: "impor", action: "IMPORT", after: hasil });
        return hasil;
      },
      { timeout: 120_000 },
    );
  } catch (e) {
    throw wrapDbError(e);
  }
}
