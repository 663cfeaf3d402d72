import "server-only";
import { db } from "@/lib/db";

export interface RekapNasional {
  jumlahInstansi: number;
  jumlahUnor: number;
  jumlahJabatanTerpeta: number;
  kebutuhan: number;
  existing: number;
  perJenisInstansi: { jenis: string; jumlahInstansi: number; kebutuhan: number; existing: number }[];
}

/** National kebutuhan vs existing, straight from the planning tables. */
export async function getRekapNasional(): Promise<RekapNasional> {
  const rows = await db().$queryRaw<
    { jenis: string; jumlah_instansi: bigint; jumlah_unor: bigint; jumlah_peta: bigint; kebutuhan: bigint; existing: bigint }[]
  >`
    SELECT i."jenis"::text AS jenis,
           COUNT(*) AS jumlah_instansi,
           COALESCE(SUM(u.n), 0) AS jumlah_unor,
           COALESCE(SUM(p.n), 0) AS jumlah_peta,
           COALESCE(SUM(p.k), 0) AS kebutuhan,
           COALESCE(SUM(g.n), 0) AS existing
    FROM "Instansi" i
    LEFT JOIN (SELECT "instansiId", COUNT(*) n FROM "Unor" GROUP BY 1) u ON u."instansiId" = i.id
    LEFT JOIN (SELECT "instansiId", COUNT(*) n, SUM("kebutuhan") k FROM "PetaJabatan" GROUP BY 1) p ON p."instansiId" = i.id
    LEFT JOIN (SELECT "instansiId", COUNT(*) n FROM "Pegawai" WHERE "aktif" GROUP BY 1) g ON g."instansiId" = i.id
    GROUP BY i."jenis" ORDER BY i."jenis"`;
  const perJenisInstansi = rows.map((r) => ({
    jenis: r.jenis,
    jumlahInstansi: Number(r.jumlah_instansi),
    kebutuhan: Number(r.kebutuhan),
    existing: Number(r.existing),
  }));
  const sum = (f: (r: (typeof rows)[number]) => bigint) => rows.reduce((a, r) => a + Number(f(r)), 0);
  return {
    jumlahInstansi: sum((r) => r.jumlah_instansi),
    jumlahUnor: sum((r) => r.jumlah_unor),
    jumlahJabatanTerpeta: sum((r) => r.jumlah_peta),
    kebutuhan: sum((r) => r.kebutuhan),
    existing: sum((r) => r.existing),
    perJenisInstansi,
  };
}
