-- One definition of an instansi's figures: a deactivated unit has no legal basis, so its cells count
-- in no K and no B at any level, and its pegawai in no retirement figure. PetaJabatan.existing stays
-- the cell's own fact (its holders are still there, flagged); only the recaps leave the unit out.
-- A unit without a row (Pegawai.unorId NULL) counts.

CREATE FUNCTION rekap_unor_aktif(p_unor int) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT u."aktif" FROM "Unor" u WHERE u."id" = p_unor), true)
$$;

CREATE OR REPLACE FUNCTION peta_jabatan_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND rekap_unor_aktif(OLD."unorId") THEN
    PERFORM rekap_sel_apply(OLD."instansiId", OLD."jabatanId", OLD."kebutuhan", OLD."existing", -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND rekap_unor_aktif(NEW."unorId") THEN
    PERFORM rekap_sel_apply(NEW."instansiId", NEW."jabatanId", NEW."kebutuhan", NEW."existing", 1);
  END IF;
  RETURN NULL;
END $$;
-- A cell moved to another unit may move between an active and an inactive one: watch unorId too.
DROP TRIGGER peta_jabatan_rekap ON "PetaJabatan";
CREATE TRIGGER peta_jabatan_rekap AFTER INSERT OR DELETE OR UPDATE OF "instansiId", "unorId", "jabatanId", "kebutuhan", "existing"
  ON "PetaJabatan" FOR EACH ROW EXECUTE FUNCTION peta_jabatan_rekap();

CREATE OR REPLACE FUNCTION pegawai_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."aktif" AND OLD."jabatanId" IS NOT NULL THEN
    UPDATE "PetaJabatan" SET "existing" = "existing" - 1 WHERE "unorId" = OLD."unorId" AND "jabatanId" = OLD."jabatanId";
    IF rekap_unor_aktif(OLD."unorId") THEN
      PERFORM rekap_pensiun_apply(OLD."instansiId", OLD."jabatanId", OLD."tanggalLahir", -1);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."aktif" AND NEW."jabatanId" IS NOT NULL THEN
    UPDATE "PetaJabatan" SET "existing" = "existing" + 1 WHERE "unorId" = NEW."unorId" AND "jabatanId" = NEW."jabatanId";
    IF rekap_unor_aktif(NEW."unorId") THEN
      PERFORM rekap_pensiun_apply(NEW."instansiId", NEW."jabatanId", NEW."tanggalLahir", 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION jabatan_bup_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() OR NEW."bup" = OLD."bup" THEN RETURN NULL; END IF;
  DELETE FROM "RekapPensiun" WHERE "jabatanId" = NEW."id";
  INSERT INTO "RekapPensiun" ("instansiId", "jabatanId", "tahun", "jumlah")
    SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + NEW."bup", count(*)
    FROM "Pegawai" g LEFT JOIN "Unor" u ON u."id" = g."unorId"
    WHERE g."jabatanId" = NEW."id" AND g."aktif" AND u."aktif" IS NOT FALSE GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;

-- Deactivating or reactivating units (a whole subtree in one UPDATE) moves their cells' K and B and
-- their pegawai's retirements out of / into the recaps, set-wise, in the same transaction. A
-- statement trigger with transition tables (these cannot be limited to a column list, so it checks
-- which rows changed aktif itself).
CREATE FUNCTION unor_aktif_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."aktif" IS DISTINCT FROM n."aktif") THEN
    RETURN NULL;
  END IF;

  WITH s AS (SELECT n."id", CASE WHEN n."aktif" THEN 1 ELSE -1 END AS sign
             FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."aktif" IS DISTINCT FROM n."aktif")
  INSERT INTO "RekapInstansiJabatan" AS r
    ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
  SELECT p."instansiId", p."jabatanId", sum(s.sign), sum(s.sign * p."kebutuhan"), sum(s.sign * p."existing"),
         sum(s.sign * greatest(p."existing" - p."kebutuhan", 0)), sum(s.sign * greatest(p."kebutuhan" - p."existing", 0)),
         sum(s.sign * (p."existing" > p."kebutuhan")::int), sum(s.sign * (p."kebutuhan" > p."existing")::int)
  FROM s JOIN "PetaJabatan" p ON p."unorId" = s.id
  GROUP BY 1, 2
  ON CONFLICT ("instansiId", "jabatanId") DO UPDATE SET
    "jumlahSel" = r."jumlahSel" + EXCLUDED."jumlahSel",
    "kebutuhan" = r."kebutuhan" + EXCLUDED."kebutuhan",
    "existing" = r."existing" + EXCLUDED."existing",
    "kelebihan" = r."kelebihan" + EXCLUDED."kelebihan",
    "kekurangan" = r."kekurangan" + EXCLUDED."kekurangan",
    "selLebih" = r."selLebih" + EXCLUDED."selLebih",
    "selKurang" = r."selKurang" + EXCLUDED."selKurang";

  WITH s AS (SELECT n."id", CASE WHEN n."aktif" THEN 1 ELSE -1 END AS sign
             FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."aktif" IS DISTINCT FROM n."aktif")
  INSERT INTO "RekapPensiun" AS r ("instansiId", "jabatanId", "tahun", "jumlah")
  SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + j."bup", sum(s.sign)
  FROM s JOIN "Pegawai" g ON g."unorId" = s.id JOIN "Jabatan" j ON j."id" = g."jabatanId"
  WHERE g."aktif"
  GROUP BY 1, 2, 3
  ON CONFLICT ("instansiId", "jabatanId", "tahun") DO UPDATE SET "jumlah" = r."jumlah" + EXCLUDED."jumlah";
  RETURN NULL;
END $$;
CREATE TRIGGER unor_aktif_rekap AFTER UPDATE ON "Unor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION unor_aktif_rekap();

-- The full recompute under the same rule (still diff-applied, see rekap_recompute_tanpa_kunci).
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
  SELECT p."instansiId", p."jabatanId", count(*)::int "jumlahSel", sum(p."kebutuhan")::int "kebutuhan", sum(p."existing")::int "existing",
         sum(greatest(p."existing" - p."kebutuhan", 0))::int "kelebihan", sum(greatest(p."kebutuhan" - p."existing", 0))::int "kekurangan",
         (count(*) FILTER (WHERE p."existing" > p."kebutuhan"))::int "selLebih", (count(*) FILTER (WHERE p."kebutuhan" > p."existing"))::int "selKurang"
  FROM "PetaJabatan" p JOIN "Unor" u ON u."id" = p."unorId"
  WHERE u."aktif"
  GROUP BY 1, 2;
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
  FROM "Pegawai" g JOIN "Jabatan" j ON j."id" = g."jabatanId" LEFT JOIN "Unor" u ON u."id" = g."unorId"
  WHERE g."aktif" AND u."aktif" IS NOT FALSE GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
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
