import "server-only";
import { db } from "@/lib/db";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { getProyeksiPensiun, getRekapInstansi, type JabatanRingkas } from "@/lib/data/rekap";
import type { ProyeksiTahun, RekapAngka } from "@/lib/domain/rekap";
import { kelompokkanRekap, peringkatJabatan, type KelompokRekap } from "@/lib/domain/resume/ringkasan";
import { JENIS_JABATAN_URUTAN } from "@/lib/domain/resume/status";

export type JabatanRekap = RekapAngka & JabatanRingkas;

export interface ResumeView {
  instansi: { id: number; kode: string; nama: string };
  total: RekapAngka;
  perJenis: KelompokRekap<string>[];
  perKelas: KelompokRekap<number>[];
  /** Active units; a unit counts under kelebihan (kekurangan) when at least one of its cells has B > K (K > B). */
  unor: { aktif: number; denganKelebihan: number; denganKekurangan: number };
  kekuranganTerbesar: JabatanRekap[];
  kelebihanTerbesar: JabatanRekap[];
  pensiun: ProyeksiTahun[];
}

/**
 * The Resume tab of one instansi. Every figure is the instansi's recap (RekapInstansiJabatan, kept by
 * triggers; inactive units count nowhere) grouped in lib/domain/resume, the five-year retirements are
 * the recap's outlook (RekapPensiun), and the unit counts are one query over the instansi's own cells
 * in active units. Null when the actor may not read the instansi.
 */
export async function getResume(actor: Actor, instansiId: number, tahunMulai?: number): Promise<ResumeView | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const [rekap, proyeksi, [unor]] = await Promise.all([
    getRekapInstansi(actor, instansiId),
    getProyeksiPensiun(actor, { instansiId }, tahunMulai),
    db().$queryRaw<{ aktif: bigint; lebih: bigint; kurang: bigint }[]>`
      SELECT count(*) AS aktif, count(*) FILTER (WHERE s.lebih) AS lebih, count(*) FILTER (WHERE s.kurang) AS kurang
      FROM (SELECT u.id, coalesce(bool_or(p."existing" > p."kebutuhan"), false) AS lebih,
                   coalesce(bool_or(p."kebutuhan" > p."existing"), false) AS kurang
            FROM "Unor" u LEFT JOIN "PetaJabatan" p ON p."unorId" = u.id AND p."instansiId" = ${instansiId}
            WHERE u."instansiId" = ${instansiId} AND u."aktif"
            GROUP BY u.id) s`,
  ]);
  if (!rekap || !proyeksi) return null;
  const { perJabatan } = rekap;
  return {
    instansi: { id: rekap.instansi.id, kode: rekap.instansi.kode, nama: rekap.instansi.nama },
    total: rekap.total,
    perJenis: kelompokkanRekap(perJabatan, (r) => r.jenis, JENIS_JABATAN_URUTAN),
    perKelas: kelompokkanRekap(perJabatan, (r) => r.kelas),
    unor: { aktif: Number(unor.aktif), denganKelebihan: Number(unor.lebih), denganKekurangan: Number(unor.kurang) },
    kekuranganTerbesar: peringkatJabatan(perJabatan, "kekurangan"),
    kelebihanTerbesar: peringkatJabatan(perJabatan, "kelebihan"),
    pensiun: proyeksi.tahun,
  };
}
