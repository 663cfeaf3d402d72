import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { STATUS_INFOJAB, type StatusInfojab, type SumberKebutuhanKode } from "@/lib/domain/resume/status";
import { UKURAN_HALAMAN, type InfoJabatanFilter } from "@/lib/validation/daftar-instansi";

export interface InfoJabatanRow {
  petaJabatanId: number;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kelas: number;
  unorId: number;
  unorNama: string;
  unorAktif: boolean;
  /** The cell's own K and B (an inactive unit's cells count in no recap, but keep their facts). */
  kebutuhan: number;
  existing: number;
  sumberKebutuhan: SumberKebutuhanKode;
  aturanVersi: string | null;
  status: StatusInfojab;
}

export interface InfoJabatanView {
  rows: InfoJabatanRow[];
  cocok: number;
  /** Placed jabatan of the instansi per infojab state, whatever the filter. */
  perStatus: Record<StatusInfojab, number>;
}

/**
 * The Info Jabatan list of one instansi: every placed jabatan with its infojab state (see
 * lib/domain/resume/status: no row → Belum diisi, saved → Diisi, locked → Terkunci) and the source
 * of its kebutuhan, filtered and paged in the query, in tree order. Null when the actor may not read it.
 */
export async function listInfoJabatan(actor: Actor, instansiId: number, f: InfoJabatanFilter): Promise<InfoJabatanView | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const q = f.q.toLowerCase() || null;
  const status = f.status ?? null;
  const sumber = f.sumber ?? null;
  const jenis = f.jenis ?? null;
  const offset = (f.halaman - 1) * UKURAN_HALAMAN;
  // The state is computed once, in this fragment, so that the filter, the column and the counts agree.
  const sel = Prisma.sql`
    SELECT p.id AS "petaJabatanId", j.kode, j.nama, j.jenis::text AS jenis, j.jenjang::text AS jenjang, j.kelas,
           u.id AS "unorId", u.nama AS "unorNama", u.aktif AS "unorAktif", u.path, p.urutan,
           p.kebutuhan, p.existing, p."sumberKebutuhan"::text AS "sumberKebutuhan", p."aturanVersi",
           CASE WHEN i.id IS NULL THEN 'BELUM_DIISI' WHEN i."lockedAt" IS NOT NULL THEN 'TERKUNCI' ELSE 'DIISI' END AS status
    FROM "PetaJabatan" p JOIN "Jabatan" j ON j.id = p."jabatanId" JOIN "Unor" u ON u.id = p."unorId"
    LEFT JOIN "Infojab" i ON i."petaJabatanId" = p.id
    WHERE p."instansiId" = ${instansiId}`;
  const cocok = Prisma.sql`
    (${q}::text IS NULL OR position(${q}::text IN lower(nama)) > 0 OR position(${q}::text IN lower("unorNama")) > 0 OR lower(kode) = ${q}::text)
    AND (${status}::text IS NULL OR status = ${status}::text)
    AND (${sumber}::text IS NULL OR "sumberKebutuhan" = ${sumber}::text)
    AND (${jenis}::text IS NULL OR jenis = ${jenis}::text)`;
  const [rows, [count], perStatus] = await Promise.all([
    db().$queryRaw<InfoJabatanRow[]>`
      WITH sel AS (${sel})
      SELECT "petaJabatanId", kode, nama, jenis, jenjang, kelas, "unorId", "unorNama", "unorAktif", kebutuhan, existing,
             "sumberKebutuhan", "aturanVersi", status
      FROM sel WHERE ${cocok}
      ORDER BY path, urutan, nama
      LIMIT ${UKURAN_HALAMAN} OFFSET ${offset}`,
    db().$queryRaw<{ n: bigint }[]>`WITH sel AS (${sel}) SELECT count(*) AS n FROM sel WHERE ${cocok}`,
    db().$queryRaw<{ status: StatusInfojab; n: bigint }[]>`WITH sel AS (${sel}) SELECT status, count(*) AS n FROM sel GROUP BY 1`,
  ]);
  const counts = Object.fromEntries(STATUS_INFOJAB.map((s) => [s, 0])) as Record<StatusInfojab, number>;
  for (const r of perStatus) counts[r.status] = Number(r.n);
  return { rows, cocok: Number(count.n), perStatus: counts };
}
