import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { infojabRowToIsi } from "@/lib/validation/infojab";
import type { DokumenTanpaUraian, InfojabExportSource, JabatanExportRow, UraianExportRow } from "./write-workbook";

const BATCH = 500;

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/**
 * The placed jabatan of an export scope, read in batches of ids: the id list (ints) is read once;
 * each sheet then walks it, so no query returns more than one batch of documents.
 */
export async function dbExportSource(db: Db, scope: { instansiId: number; petaJabatanId?: number; unorId?: number }): Promise<InfojabExportSource & { count: number }> {
  const ids = (
    await db.$queryRaw<{ id: number }[]>`
      SELECT p.id FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId"
      WHERE p."instansiId" = ${scope.instansiId}
        AND (${scope.petaJabatanId ?? null}::int IS NULL OR p.id = ${scope.petaJabatanId ?? null}::int)
        AND (${scope.unorId ?? null}::int IS NULL OR u."path" @> ARRAY[${scope.unorId ?? null}::int])
      ORDER BY p.id`
  ).map((r) => r.id);
  const batches = chunks(ids, BATCH);

  async function* jabatan(): AsyncIterable<JabatanExportRow[]> {
    for (const b of batches)
      yield db.$queryRaw<JabatanExportRow[]>`
        SELECT p.id AS kode, j.nama, j.jenis::text AS jenis, coalesce(i.version, 0)::int AS versi,
               (SELECT string_agg(a.nama, ' / ' ORDER BY array_position(u."path", a.id)) FROM "Unor" a WHERE a.id = ANY(u."path")) AS unit
        FROM "PetaJabatan" p JOIN "Jabatan" j ON j.id = p."jabatanId" JOIN "Unor" u ON u.id = p."unorId"
        LEFT JOIN "Infojab" i ON i."petaJabatanId" = p.id
        WHERE p.id IN (${Prisma.join(b)}) ORDER BY p.id`;
  }

  async function* uraian(): AsyncIterable<UraianExportRow[]> {
    for (const b of batches) {
      const rows = await db.$queryRaw<(Omit<UraianExportRow, "volume" | "waktu"> & { volume: string; waktu: string })[]>`
        SELECT i."petaJabatanId" AS kode, (row_number() OVER (PARTITION BY t."infojabId" ORDER BY t.urutan, t.id))::int AS no,
               t.uraian, coalesce(t."hasilKerja", '') AS "hasilKerja", coalesce(t.satuan, '') AS satuan,
               t.volume::text AS volume, t.periode::text AS periode, t.waktu::text AS waktu, t."satuanWaktu"::text AS "satuanWaktu"
        FROM "UraianTugas" t JOIN "Infojab" i ON i.id = t."infojabId"
        WHERE i."petaJabatanId" IN (${Prisma.join(b)})
        ORDER BY i."petaJabatanId", t.urutan, t.id`;
      yield rows.map((r) => ({ ...r, volume: Number(r.volume), waktu: Number(r.waktu) }));
    }
  }

  async function* dokumen(): AsyncIterable<{ kode: number; isi: DokumenTanpaUraian }[]> {
    for (const b of batches) {
      const rows = await db.infojab.findMany({ where: { petaJabatanId: { in: b } }, orderBy: { petaJabatanId: "asc" } });
      yield rows.map((r) => {
        const { uraianTugas: _, ...isi } = infojabRowToIsi({ ...r, uraianTugas: [] });
        return { kode: r.petaJabatanId, isi };
      });
    }
  }

  return { count: ids.length, jabatan, uraian, dokumen };
}
