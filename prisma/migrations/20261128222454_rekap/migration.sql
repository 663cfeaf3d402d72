-- AlterTable
ALTER TABLE "PetaJabatan" ADD COLUMN     "existing" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RekapInstansiJabatan" (
    "instansiId" INTEGER NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "jumlahSel" INTEGER NOT NULL DEFAULT 0,
    "kebutuhan" INTEGER NOT NULL DEFAULT 0,
    "existing" INTEGER NOT NULL DEFAULT 0,
    "kelebihan" INTEGER NOT NULL DEFAULT 0,
    "kekurangan" INTEGER NOT NULL DEFAULT 0,
    "selLebih" INTEGER NOT NULL DEFAULT 0,
    "selKurang" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RekapInstansiJabatan_pkey" PRIMARY KEY ("instansiId","jabatanId")
);

-- CreateTable
CREATE TABLE "RekapPensiun" (
    "instansiId" INTEGER NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "tahun" INTEGER NOT NULL,
    "jumlah" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RekapPensiun_pkey" PRIMARY KEY ("instansiId","jabatanId","tahun")
);

-- CreateIndex
CREATE INDEX "RekapInstansiJabatan_jabatanId_idx" ON "RekapInstansiJabatan"("jabatanId");

-- CreateIndex
CREATE INDEX "RekapPensiun_jabatanId_tahun_idx" ON "RekapPensiun"("jabatanId", "tahun");


-- ---------------------------------------------------------------------------------------------
-- Recap maintenance. Every change to Pegawai or PetaJabatan updates the recap in the same
-- transaction, so national figures are current at commit. Bulk loads and the full recompute set
-- `SET LOCAL siasn.rekap_off = 'on'` and rebuild everything set-wise instead (rekap_recompute()).

CREATE FUNCTION rekap_is_off() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('siasn.rekap_off', true), '') = 'on'
$$;

-- Adds (sign = 1) or removes (sign = -1) one cell's contribution to its (instansi, jabatan) recap.
CREATE FUNCTION rekap_sel_apply(p_instansi int, p_jabatan int, k int, b int, sign int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "RekapInstansiJabatan" AS r
    ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
  VALUES (p_instansi, p_jabatan, sign, sign * k, sign * b, sign * greatest(b - k, 0), sign * greatest(k - b, 0),
          sign * (b > k)::int, sign * (k > b)::int)
  ON CONFLICT ("instansiId", "jabatanId") DO UPDATE SET
    "jumlahSel" = r."jumlahSel" + EXCLUDED."jumlahSel",
    "kebutuhan" = r."kebutuhan" + EXCLUDED."kebutuhan",
    "existing" = r."existing" + EXCLUDED."existing",
    "kelebihan" = r."kelebihan" + EXCLUDED."kelebihan",
    "kekurangan" = r."kekurangan" + EXCLUDED."kekurangan",
    "selLebih" = r."selLebih" + EXCLUDED."selLebih",
    "selKurang" = r."selKurang" + EXCLUDED."selKurang"
$$;

CREATE FUNCTION rekap_pensiun_apply(p_instansi int, p_jabatan int, p_lahir date, sign int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "RekapPensiun" AS r ("instansiId", "jabatanId", "tahun", "jumlah")
  SELECT p_instansi, p_jabatan, extract(year FROM p_lahir)::int + j."bup", sign
  FROM "Jabatan" j WHERE j."id" = p_jabatan
  ON CONFLICT ("instansiId", "jabatanId", "tahun") DO UPDATE SET "jumlah" = r."jumlah" + EXCLUDED."jumlah"
$$;

-- A new cell starts with the pegawai who already hold that jabatan in that unit.
CREATE FUNCTION peta_jabatan_existing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NEW; END IF;
  IF TG_OP = 'INSERT' OR NEW."unorId" IS DISTINCT FROM OLD."unorId" OR NEW."jabatanId" IS DISTINCT FROM OLD."jabatanId" THEN
    SELECT count(*) INTO NEW."existing" FROM "Pegawai" g
      WHERE g."unorId" = NEW."unorId" AND g."jabatanId" = NEW."jabatanId" AND g."aktif";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER peta_jabatan_existing BEFORE INSERT OR UPDATE OF "unorId", "jabatanId" ON "PetaJabatan"
  FOR EACH ROW EXECUTE FUNCTION peta_jabatan_existing();

CREATE FUNCTION peta_jabatan_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM rekap_sel_apply(OLD."instansiId", OLD."jabatanId", OLD."kebutuhan", OLD."existing", -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM rekap_sel_apply(NEW."instansiId", NEW."jabatanId", NEW."kebutuhan", NEW."existing", 1);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER peta_jabatan_rekap AFTER INSERT OR DELETE OR UPDATE OF "instansiId", "jabatanId", "kebutuhan", "existing"
  ON "PetaJabatan" FOR EACH ROW EXECUTE FUNCTION peta_jabatan_rekap();

CREATE FUNCTION pegawai_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."aktif" AND OLD."jabatanId" IS NOT NULL THEN
    UPDATE "PetaJabatan" SET "existing" = "existing" - 1 WHERE "unorId" = OLD."unorId" AND "jabatanId" = OLD."jabatanId";
    PERFORM rekap_pensiun_apply(OLD."instansiId", OLD."jabatanId", OLD."tanggalLahir", -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."aktif" AND NEW."jabatanId" IS NOT NULL THEN
    UPDATE "PetaJabatan" SET "existing" = "existing" + 1 WHERE "unorId" = NEW."unorId" AND "jabatanId" = NEW."jabatanId";
    PERFORM rekap_pensiun_apply(NEW."instansiId", NEW."jabatanId", NEW."tanggalLahir", 1);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER pegawai_rekap AFTER INSERT OR DELETE OR UPDATE OF "instansiId", "unorId", "jabatanId", "aktif", "tanggalLahir"
  ON "Pegawai" FOR EACH ROW EXECUTE FUNCTION pegawai_rekap();

-- A changed BUP moves every holder's retirement year: rebuild that jabatan's rows.
CREATE FUNCTION jabatan_bup_rekap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF rekap_is_off() OR NEW."bup" = OLD."bup" THEN RETURN NULL; END IF;
  DELETE FROM "RekapPensiun" WHERE "jabatanId" = NEW."id";
  INSERT INTO "RekapPensiun" ("instansiId", "jabatanId", "tahun", "jumlah")
    SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + NEW."bup", count(*)
    FROM "Pegawai" g WHERE g."jabatanId" = NEW."id" AND g."aktif" GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;
CREATE TRIGGER jabatan_bup_rekap AFTER UPDATE OF "bup" ON "Jabatan" FOR EACH ROW EXECUTE FUNCTION jabatan_bup_rekap();

-- Full recompute from the base tables, set-wise. Must agree exactly with the incremental state.
CREATE FUNCTION rekap_recompute() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('siasn.rekap_off', 'on', true);
  UPDATE "PetaJabatan" p SET "existing" = coalesce(c.n, 0)
    FROM "PetaJabatan" p2
    LEFT JOIN (SELECT "unorId", "jabatanId", count(*)::int n FROM "Pegawai" WHERE "aktif" AND "jabatanId" IS NOT NULL
               GROUP BY 1, 2) c ON c."unorId" = p2."unorId" AND c."jabatanId" = p2."jabatanId"
    WHERE p2."id" = p."id" AND p."existing" IS DISTINCT FROM coalesce(c.n, 0);
  TRUNCATE "RekapInstansiJabatan";
  INSERT INTO "RekapInstansiJabatan"
    ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
  SELECT "instansiId", "jabatanId", count(*), sum("kebutuhan"), sum("existing"),
         sum(greatest("existing" - "kebutuhan", 0)), sum(greatest("kebutuhan" - "existing", 0)),
         count(*) FILTER (WHERE "existing" > "kebutuhan"), count(*) FILTER (WHERE "kebutuhan" > "existing")
  FROM "PetaJabatan" GROUP BY 1, 2;
  TRUNCATE "RekapPensiun";
  INSERT INTO "RekapPensiun" ("instansiId", "jabatanId", "tahun", "jumlah")
  SELECT g."instansiId", g."jabatanId", extract(year FROM g."tanggalLahir")::int + j."bup", count(*)
  FROM "Pegawai" g JOIN "Jabatan" j ON j."id" = g."jabatanId"
  WHERE g."aktif" GROUP BY 1, 2, 3;
  PERFORM set_config('siasn.rekap_off', '', true);
END $$;
