import "server-only";
import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { canManageAturan, canReadInstansi, type Actor } from "@/lib/auth/permissions";
import {
  hitungKebutuhanPuskesmas,
  hitungKebutuhanSekolah,
  kolomPuskesmas,
  pembinaUnit,
  totalKebutuhan,
  type StandarPuskesmas,
  type StandarSekolah,
} from "@/lib/domain/standar";
import type { JenjangSekolah } from "@/lib/generated/prisma/enums";
import { standarPuskesmasSchema, standarSekolahSchema } from "@/lib/validation/pembina";

type Reader = Pick<Db, "standarPembina">;

export type StandarBerlaku<T> = { versi: string; sumber: string; aturan: T };

/**
 * The standard in force on `tanggal`: the StandarPembina row of that jenis with the latest
 * berlakuMulai on or before that day (latest created wins a tie); null when there is none. A stored
 * rule that does not parse is a data defect and throws rather than computing with a guess.
 */
export async function getStandarBerlaku(db: Reader, jenis: "SEKOLAH", tanggal?: Date): Promise<StandarBerlaku<StandarSekolah> | null>;
export async function getStandarBerlaku(db: Reader, jenis: "PUSKESMAS", tanggal?: Date): Promise<StandarBerlaku<StandarPuskesmas> | null>;
export async function getStandarBerlaku(db: Reader, jenis: "SEKOLAH" | "PUSKESMAS", tanggal: Date = new Date()) {
  const row = await db.standarPembina.findFirst({
    where: { jenis, berlakuMulai: { lte: tanggal } },
    orderBy: [{ berlakuMulai: "desc" }, { id: "desc" }],
    select: { versi: true, sumber: true, aturan: true },
  });
  if (!row) return null;
  const parsed = (jenis === "SEKOLAH" ? standarSekolahSchema : standarPuskesmasSchema).safeParse(row.aturan);
  if (!parsed.success) throw new Error(`Standar pembina "${row.versi}" di basis data tidak sah: ${parsed.error.message}`);
  return { versi: row.versi, sumber: row.sumber, aturan: parsed.data };
}

/** One reference entry offered by Import Unor Pembina, with its kebutuhan under the standard in force. */
export interface ReferensiPilihan {
  id: number;
  kode: string;
  nama: string;
  /** SD/SMP/SMA/SMK, or the faskes type. */
  jenis: string;
  kecamatan: string | null;
  /** Rombel (schools) from the standard; null for faskes. */
  rombel: number | null;
  kebutuhanStandar: number | null;
  /** Already a unit of this instansi (never imported twice). */
  sudahAda: boolean;
}

/**
 * Reference entries of the parent unit's instansi for its pembina (schools under Dinas Pendidikan,
 * faskes under Dinas Kesehatan), filtered by name/code and jenjang. Null when the actor may not
 * read the instansi or the unit is not a pembina unit.
 */
export async function listReferensiPilihan(actor: Actor, parentId: number, filter: { q: string; jenjang?: JenjangSekolah | null }, db: Db = defaultDb()) {
  const parent = await db.unor.findUnique({ where: { id: parentId }, select: { instansiId: true, nama: true } });
  if (!parent || !canReadInstansi(actor, parent.instansiId)) return null;
  const pembina = pembinaUnit(parent.nama);
  if (!pembina) return null;
  const q = filter.q.trim();
  const units = await db.unor.findMany({ where: { instansiId: parent.instansiId, kodePembina: { not: null } }, select: { kodePembina: true } });
  const ada = new Set(units.map((u) => u.kodePembina));
  if (pembina === "PENDIDIKAN") {
    const [rows, standar] = await Promise.all([
      db.referensiSekolah.findMany({
        where: {
          instansiId: parent.instansiId,
          ...(filter.jenjang ? { jenjang: filter.jenjang } : {}),
          ...(q ? { OR: [{ nama: { contains: q, mode: "insensitive" } }, { npsn: { startsWith: q } }, { kecamatan: { contains: q, mode: "insensitive" } }] } : {}),
        },
        orderBy: [{ jenjang: "asc" }, { nama: "asc" }],
        take: 2000,
        select: { id: true, npsn: true, nama: true, jenjang: true, kecamatan: true, siswaPerTingkat: true },
      }),
      getStandarBerlaku(db, "SEKOLAH"),
    ]);
    return {
      pembina,
      standar: standar && { versi: standar.versi, sumber: standar.sumber },
      rows: rows.map((r): ReferensiPilihan => {
        const h = standar ? hitungKebutuhanSekolah(r, standar.aturan) : null;
        return { id: r.id, kode: r.npsn, nama: r.nama, jenis: r.jenjang, kecamatan: r.kecamatan, rombel: h?.rombel ?? null, kebutuhanStandar: h ? totalKebutuhan(h.baris) : null, sudahAda: ada.has(r.npsn) };
      }),
    };
  }
  const [rows, standar] = await Promise.all([
    db.referensiFaskes.findMany({
      where: { instansiId: parent.instansiId, ...(q ? { OR: [{ nama: { contains: q, mode: "insensitive" } }, { kode: { startsWith: q } }, { kecamatan: { contains: q, mode: "insensitive" } }] } : {}) },
      orderBy: [{ jenis: "asc" }, { nama: "asc" }],
      take: 2000,
      select: { id: true, kode: true, nama: true, jenis: true, wilayah: true, kelasRs: true, kecamatan: true },
    }),
    getStandarBerlaku(db, "PUSKESMAS"),
  ]);
  return {
    pembina,
    standar: standar && { versi: standar.versi, sumber: standar.sumber },
    rows: rows.map((r): ReferensiPilihan => {
      const k = standar && kolomPuskesmas(r.jenis) ? totalKebutuhan(hitungKebutuhanPuskesmas(r, standar.aturan)) : null;
      const jenis = r.jenis === "RUMAH_SAKIT" ? `RUMAH_SAKIT${r.kelasRs ? ` kelas ${r.kelasRs}` : ""}` : r.jenis;
      return { id: r.id, kode: r.kode, nama: r.nama, jenis, kecamatan: r.kecamatan, rombel: null, kebutuhanStandar: k, sudahAda: ada.has(r.kode) };
    }),
  };
}

/** The admin page: every standard version and the reference counts per instansi. Null unless ADMIN. */
export async function getReferensiAdmin(actor: Actor, db: Db = defaultDb()) {
  if (!canManageAturan(actor)) return null;
  const [standar, sekolah, faskes, instansi] = await Promise.all([
    db.standarPembina.findMany({ orderBy: [{ jenis: "asc" }, { berlakuMulai: "desc" }, { id: "desc" }], select: { id: true, versi: true, jenis: true, berlakuMulai: true, sumber: true, aturan: true } }),
    db.referensiSekolah.groupBy({ by: ["instansiId"], _count: { _all: true } }),
    db.referensiFaskes.groupBy({ by: ["instansiId"], _count: { _all: true } }),
    db.instansi.findMany({ select: { id: true, kode: true, nama: true }, orderBy: { nama: "asc" } }),
  ]);
  const s = new Map(sekolah.map((r) => [r.instansiId, r._count._all]));
  const f = new Map(faskes.map((r) => [r.instansiId, r._count._all]));
  return {
    standar: standar.map((r) => ({ ...r, aturan: JSON.stringify(r.aturan, null, 2) })),
    instansi: instansi.filter((i) => s.has(i.id) || f.has(i.id)).map((i) => ({ ...i, sekolah: s.get(i.id) ?? 0, faskes: f.get(i.id) ?? 0 })),
  };
}
