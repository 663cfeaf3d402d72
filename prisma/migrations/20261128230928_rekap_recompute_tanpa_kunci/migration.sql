-- rekap_recompute() without TRUNCATE: TRUNCATE locked the recap tables exclusively until commit, so
-- every dashboard read waited for the whole national recompute (up to 19 s at national scale).
-- Now the fresh figures are computed into temporary tables and only the differences are applied:
-- readers are never blocked, and a recompute of a consistent state writes nothing.
CREATE OR REPLACE FUNCTION rekap_recompute() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('siasn.rekap_off', 'on', true);

  UPDATE "PetaJabatan" p SET "existing" = coalesce(c.n, 0)
    FROM "PetaJabatan" p2
    LEFT JOIN (SELECT "unorId", "jabatanId", count(*)::int n FROM "Pegawai" WHERE "aktif" AND "jabatanId" IS NOT NULL
               GROUP BY 1, 2) c ON c."unorId" = p2."unorId" AND c."jabatanId" = p2."jabatanId"
    WHERE p2."id" = p."id" AND p."existing" IS DISTINCT FROM coalesce(c.n, 0);

  DROP TABLE IF EXISTS rekap_fresh_ij;
  CREATE TEMP TABLE rekap_fresh_ij ON COMMIT DROP AS
  SELECT "instansiId", "jabatanId", count(*)::int "jumlahSel", sum("kebutuhan")::int "kebutuhan", sum("existing")::int "existing",
         sum(greatest("existing" - "kebutuhan", 0))::int "kelebihan", sum(greatest("kebutuhan" - "existing", 0))::int "kekurangan",
         (count(*) FILTER (WHERE "existing" > "kebutuhan"))::int "selLebih", (count(*) FILTER (WHERE "kebutuhan" > "existing"))::int "selKurang"
  FROM "PetaJabatan" GROUP BY 1, 2;
  CREATE UNIQUE INDEX ON rekap_fresh_ij ("instansiId", "jabatanId");

  UPDATE "RekapInstansiJabatan" r SET
    "jumlahSel" = f."jumlahSel", "kebutuhan" = f."kebutuhan", "existing" = f."existing", "kelebihan" = f."kelebihan",
    "kekurangan" = f."kekurangan", "selLebih" = f."selLebih", "selKurang" = f."selKurang"
  FROM rekap_fresh_ij f
  WHERE r."instansiId" = f."instansiId" AND r."jabatanId" = f."jabatanId"
    AND (r."jumlahSel", r."kebutuhan", r."existing", r."kelebihan", r."kekurangan", r."selLebih", r."selKurang")
        IS DISTINCT FROM (f."jumlahSel", f."kebutuhan", f."existing", f."kelebihan", f."kekurangan", f."selLebih", f."selKurang");
  INSERT INTO "RekapInstansiJabatan"
    ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
  SELECT f.* FROM rekap_fresh_ij f
  WHERE NOT EXISTS (SELECT 1 FROM "RekapInstansiJabatan" r WHERE r."instansiId" = f."instansiId" AND r."jabatanId" = f."jabatanId");
  DELETE FROM "RekapInstansiJabatan" r
  WHERE NOT EXISTS (SELECT 1 FROM rekap_fresh_ij f WHERE f."instansiId" = r."instansiId" AND f."jabatanId" = r."jabatanId");

  DROP TABLE IF EXISTS rekap_fresh_pensiun;
  CREATE TEMP TABLE rekap_fresh_pensiun ON COMMIT DROP AS
  SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + j."bup" AS "tahun", count(*)::int "jumlah"
  FROM "Pegawai" g JOIN "Jabatan" j ON j."id" = g."jabatanId"
  WHERE g."aktif" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
  CREATE UNIQUE INDEX ON rekap_fresh_pensiun ("instansiId", "jabatanId", "tahun");

  UPDATE "RekapPensiun" r SET "jumlah" = f."jumlah"
  FROM rekap_fresh_pensiun f
  WHERE r."instansiId" = f."instansiId" AND r."jabatanId" = f."jabatanId" AND r."tahun" = f."tahun" AND r."jumlah" <> f."jumlah";
  INSERT INTO "RekapPensiun" ("instansiId", "jabatanId", "tahun", "jumlah")
  SELECT f.* FROM rekap_fresh_pensiun f
  WHERE NOT EXISTS (SELECT 1 FROM "RekapPensiun" r WHERE r."instansiId" = f."instansiId" AND r."jabatanId" = f."jabatanId" AND r."tahun" = f."tahun");
  DELETE FROM "RekapPensiun" r
  WHERE NOT EXISTS (SELECT 1 FROM rekap_fresh_pensiun f WHERE f."instansiId" = r."instansiId" AND f."jabatanId" = r."jabatanId" AND f."tahun" = r."tahun");

  PERFORM set_config('siasn.rekap_off', '', true);
END $$;
