import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Notes the units whose cells the import may touch, before it writes: the instansi's own units and
 * any unit its pegawai sit in now (a stray unit of another instansi is rebuilt too, never left stale).
 */
export async function noteTouchedUnits(tx: Tx, instansiId: number): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE pegawai_impor_unor ON COMMIT DROP AS
    SELECT id FROM "Unor" WHERE "instansiId" = ${instansiId}
    UNION SELECT "unorId" FROM "Pegawai" WHERE "instansiId" = ${instansiId} AND "unorId" IS NOT NULL`;
  await tx.$executeRaw`ALTER TABLE pegawai_impor_unor ADD PRIMARY KEY (id)`;
  // Cells are locked in id order (as the ABK recompute does), so a writer of a cell waits for the import.
  await tx.$executeRaw`SELECT 1 FROM "PetaJabatan" WHERE "unorId" IN (SELECT id FROM pegawai_impor_unor) ORDER BY id FOR UPDATE`;
}

/**
 * The exact, scoped twin of rekap_recompute() for a pegawai import that ran with siasn.rekap_off:
 * B (PetaJabatan.existing) of the touched units' cells from their active pegawai, the instansi
 * recap of every instansi owning those cells, and the BUP recap of the importing instansi. Same rule
 * as the triggers and verifyRekap: cells and pegawai of inactive units count in no recap.
 */
export async function rebuildRekapPegawai(tx: Tx, instansiId: number): Promise<{ selBerubah: number }> {
  const selBerubah = await tx.$executeRaw`
    UPDATE "PetaJabatan" p SET "existing" = coalesce(c.n, 0)
    FROM "PetaJabatan" p2
    LEFT JOIN (SELECT "unorId", "jabatanId", count(*)::int n FROM "Pegawai"
               WHERE "aktif" AND "jabatanId" IS NOT NULL AND "unorId" IN (SELECT id FROM pegawai_impor_unor) GROUP BY 1, 2) c
      ON c."unorId" = p2."unorId" AND c."jabatanId" = p2."jabatanId"
    WHERE p2.id = p.id AND p2."unorId" IN (SELECT id FROM pegawai_impor_unor) AND p."existing" IS DISTINCT FROM coalesce(c.n, 0)`;

  await tx.$executeRaw`
    CREATE TEMP TABLE pegawai_impor_instansi ON COMMIT DROP AS
    SELECT DISTINCT "instansiId" AS id FROM "PetaJabatan" WHERE "unorId" IN (SELECT id FROM pegawai_impor_unor)`;
  await tx.$executeRaw`DELETE FROM "RekapInstansiJabatan" WHERE "instansiId" IN (SELECT id FROM pegawai_impor_instansi)`;
  await tx.$executeRaw`
    INSERT INTO "RekapInstansiJabatan"
      ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
    SELECT p."instansiId", p."jabatanId", count(*)::int, sum(p."kebutuhan")::int, sum(p."existing")::int,
           sum(greatest(p."existing" - p."kebutuhan", 0))::int, sum(greatest(p."kebutuhan" - p."existing", 0))::int,
           (count(*) FILTER (WHERE p."existing" > p."kebutuhan"))::int, (count(*) FILTER (WHERE p."kebutuhan" > p."existing"))::int
    FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId"
    WHERE p."instansiId" IN (SELECT id FROM pegawai_impor_instansi) AND u."aktif"
    GROUP BY 1, 2`;

  await tx.$executeRaw`DELETE FROM "RekapPensiun" WHERE "instansiId" = ${instansiId}`;
  await tx.$executeRaw`
    INSERT INTO "RekapPensiun" ("instansiId", "jabatanId", "tahun", "jumlah")
    SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + j."bup", count(*)::int
    FROM "Pegawai" g JOIN "Jabatan" j ON j.id = g."jabatanId" LEFT JOIN "Unor" u ON u.id = g."unorId"
    WHERE g."instansiId" = ${instansiId} AND g."aktif" AND u."aktif" IS NOT FALSE
    GROUP BY 1, 2, 3`;
  return { selBerubah };
}
