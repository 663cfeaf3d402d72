import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanCell } from "./plan-infojab-write";

type Tx = Prisma.TransactionClient;

export type BatchCell = PlanCell & { id: number };

interface Row {
  id: number;
  kebutuhan: number;
  existing: number;
  sumberKebutuhan: string;
  aturanVersi: string | null;
  nama: string;
  jenis: string;
  /** Outside the JSON: a timestamp inside json_build_object loses its UTC reading. */
  lockedAt: Date | null;
  lockedByNama: string | null;
  infojab: Omit<NonNullable<PlanCell["infojab"]>, "lockedAt" | "lockedBy"> | null;
}

/**
 * Many placed jabatan of one instansi with their infojab and uraian tugas in ONE query, as the
 * cells planInfojabWrite decides on: the import reads a chunk of a few hundred at once instead of
 * one findInfojabCell (with its include) per jabatan. The infojab comes as one JSON object per row
 * (uraian ordered as findInfojabCell orders them), so a chunk is a few hundred small rows. Decimal
 * columns come as their decimal text, which infojabRowToIsi reads exactly as it reads a Decimal.
 */
export async function findInfojabCells(tx: Tx, instansiId: number, ids: number[]): Promise<Map<number, BatchCell>> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT p.id, p.kebutuhan, p.existing, p."sumberKebutuhan"::text AS "sumberKebutuhan", p."aturanVersi", j.nama, j.jenis::text AS jenis,
      f."lockedAt", u.nama AS "lockedByNama",
      CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object(
        'id', f.id, 'version', f.version,
        'ikhtisar', f.ikhtisar, 'kualifikasi', f.kualifikasi, 'hasilKerja', f."hasilKerja", 'bahanKerja', f."bahanKerja",
        'perangkatKerja', f."perangkatKerja", 'tanggungJawab', f."tanggungJawab", 'wewenang', f.wewenang,
        'korelasiJabatan', f."korelasiJabatan", 'kondisiLingkungan', f."kondisiLingkungan", 'risikoBahaya', f."risikoBahaya",
        'syaratJabatan', f."syaratJabatan", 'prestasiKerja', f."prestasiKerja", 'kelasJabatan', f."kelasJabatan",
        'uraianTugas', (SELECT coalesce(json_agg(json_build_object(
            'uraian', t.uraian, 'hasilKerja', t."hasilKerja", 'satuan', t.satuan, 'volume', t.volume::text,
            'periode', t.periode, 'waktu', t.waktu::text, 'satuanWaktu', t."satuanWaktu") ORDER BY t.urutan, t.id), '[]'::json)
          FROM "UraianTugas" t WHERE t."infojabId" = f.id)) END AS infojab
    FROM "PetaJabatan" p
    JOIN "Jabatan" j ON j.id = p."jabatanId"
    LEFT JOIN "Infojab" f ON f."petaJabatanId" = p.id
    LEFT JOIN "User" u ON u.id = f."lockedById"
    WHERE p.id = ANY(${ids}::int[]) AND p."instansiId" = ${instansiId}`;
  const cells = new Map<number, BatchCell>();
  for (const { nama, jenis, infojab, lockedAt, lockedByNama, ...r } of rows) {
    const lockedBy = lockedByNama === null ? null : { nama: lockedByNama };
    cells.set(r.id, { ...r, jabatan: { nama, jenis }, infojab: infojab && { ...infojab, lockedAt, lockedBy } });
  }
  return cells;
}
