import type { Db } from "@/lib/db";
import { canRecomputeRekap, type Actor, type SystemActor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * Full recompute of the recap tables from the base tables (SQL function rekap_recompute(), in the
 * rekap migration), in one transaction. The triggers keep the same state incrementally; this is for
 * bulk loads, a changed rule and the consistency check. Administrators and scripts (SYSTEM_ACTOR) only.
 */
export async function recomputeRekap(db: Db, actor: Actor | SystemActor): Promise<{ ms: number }> {
  if (!canRecomputeRekap(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menghitung ulang rekap nasional.");
  const started = performance.now();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT rekap_recompute()`;
  }, { timeout: 30 * 60_000 });
  return { ms: Math.round(performance.now() - started) };
}

export interface RekapDiff {
  selExisting: number;
  instansiJabatan: number;
  pensiun: number;
}

/**
 * Compares the stored (incremental) recap with a fresh computation from the base tables, without
 * changing anything: each figure counts the rows that differ. All zero means they agree exactly.
 * Same rule as rekap_recompute(): cells and pegawai of inactive units count in no recap.
 */
export async function verifyRekap(db: Db): Promise<RekapDiff> {
  const [r] = await db.$queryRaw<{ sel: bigint; ij: bigint; pensiun: bigint }[]>`
    WITH fresh_sel AS (
      SELECT p.id, coalesce(c.n, 0) AS existing FROM "PetaJabatan" p
      LEFT JOIN (SELECT "unorId", "jabatanId", count(*)::int n FROM "Pegawai" WHERE "aktif" AND "jabatanId" IS NOT NULL GROUP BY 1, 2) c
        ON c."unorId" = p."unorId" AND c."jabatanId" = p."jabatanId"),
    fresh_ij AS (
      SELECT p."instansiId", p."jabatanId", count(*)::int "jumlahSel", sum(p."kebutuhan")::int kebutuhan, sum(f.existing)::int existing,
             sum(greatest(f.existing - p."kebutuhan", 0))::int kelebihan, sum(greatest(p."kebutuhan" - f.existing, 0))::int kekurangan,
             (count(*) FILTER (WHERE f.existing > p."kebutuhan"))::int "selLebih", (count(*) FILTER (WHERE p."kebutuhan" > f.existing))::int "selKurang"
      FROM "PetaJabatan" p JOIN fresh_sel f ON f.id = p.id JOIN "Unor" u ON u.id = p."unorId" WHERE u.aktif GROUP BY 1, 2),
    stored_ij AS (
      SELECT "instansiId", "jabatanId", "jumlahSel", kebutuhan, existing, kelebihan, kekurangan, "selLebih", "selKurang"
      FROM "RekapInstansiJabatan" WHERE "jumlahSel" <> 0 OR kebutuhan <> 0 OR existing <> 0),
    fresh_pensiun AS (
      SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + j."bup" AS tahun, count(*)::int jumlah
      FROM "Pegawai" g JOIN "Jabatan" j ON j.id = g."jabatanId" LEFT JOIN "Unor" u ON u.id = g."unorId"
      WHERE g."aktif" AND u.aktif IS NOT FALSE GROUP BY 1, 2, 3),
    stored_pensiun AS (SELECT "instansiId", "jabatanId", "tahun", "jumlah" FROM "RekapPensiun" WHERE "jumlah" <> 0)
    SELECT
      (SELECT count(*) FROM fresh_sel f JOIN "PetaJabatan" p ON p.id = f.id WHERE p."existing" <> f.existing) AS sel,
      (SELECT count(*) FROM ((SELECT * FROM fresh_ij EXCEPT SELECT * FROM stored_ij) UNION ALL (SELECT * FROM stored_ij EXCEPT SELECT * FROM fresh_ij)) d) AS ij,
      (SELECT count(*) FROM ((SELECT * FROM fresh_pensiun EXCEPT SELECT * FROM stored_pensiun) UNION ALL (SELECT * FROM stored_pensiun EXCEPT SELECT * FROM fresh_pensiun)) d) AS pensiun`;
  return { selExisting: Number(r.sel), instansiJabatan: Number(r.ij), pensiun: Number(r.pensiun) };
}
