-- Set-wise jobs over PetaJabatan (the national ABK recompute rewrites ~1.5 M cells) paid per row for
-- work that changed nothing. Behaviour is unchanged; only the cost goes.

-- The kebutuhan check runs only for a row that fails it: a trigger's WHEN is evaluated by the executor,
-- without a PL/pgSQL call per row. The function still raises the same message.
DROP TRIGGER peta_jabatan_rules ON "PetaJabatan";
CREATE TRIGGER peta_jabatan_rules BEFORE INSERT OR UPDATE ON "PetaJabatan"
  FOR EACH ROW WHEN (NEW."kebutuhan" < 0) EXECUTE FUNCTION peta_jabatan_rules();

-- With siasn.rekap_off the recap trigger returned at once, yet every row still queued an AFTER event
-- (memory and a call each at the end of the statement). The same test in WHEN queues nothing.
DROP TRIGGER peta_jabatan_rekap ON "PetaJabatan";
CREATE TRIGGER peta_jabatan_rekap AFTER INSERT OR DELETE OR UPDATE OF "instansiId", "unorId", "jabatanId", "kebutuhan", "existing"
  ON "PetaJabatan" FOR EACH ROW WHEN (NOT rekap_is_off()) EXECUTE FUNCTION peta_jabatan_rekap();

-- Room on each page for a row's next version: kebutuhan, existing, version and updatedAt are in no
-- index, so an update that fits its page is a HOT update and touches none of the four indexes.
-- Applies to pages written from now on (a bulk load, VACUUM FULL), not to existing full pages.
ALTER TABLE "PetaJabatan" SET (fillfactor = 85);
