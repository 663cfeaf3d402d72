-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "JenisInstansi" AS ENUM ('PUSAT', 'PROVINSI', 'KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "JenisUnor" AS ENUM ('STRUKTURAL', 'PUSKESMAS', 'RUMAH_SAKIT', 'SEKOLAH', 'UNIT_LAYANAN');

-- CreateEnum
CREATE TYPE "JenisJabatan" AS ENUM ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "Jenjang" AS ENUM ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA');

-- CreateEnum
CREATE TYPE "SumberKebutuhan" AS ENUM ('ABK', 'STANDAR_PEMBINA', 'STRUKTURAL', 'MANUAL');

-- CreateEnum
CREATE TYPE "PeriodeBeban" AS ENUM ('TAHUN', 'BULAN', 'MINGGU', 'HARI');

-- CreateEnum
CREATE TYPE "SatuanWaktu" AS ENUM ('JAM', 'MENIT');

-- CreateEnum
CREATE TYPE "Pembulatan" AS ENUM ('KE_ATAS', 'STANDAR', 'KE_BAWAH');

-- CreateEnum
CREATE TYPE "JenisPegawai" AS ENUM ('PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "JenisKelamin" AS ENUM ('PRIA', 'WANITA');

-- CreateEnum
CREATE TYPE "JenisUsulan" AS ENUM ('KESELURUHAN', 'PERUBAHAN');

-- CreateEnum
CREATE TYPE "StatusUsulan" AS ENUM ('DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OPERATOR', 'VERIFIKATOR', 'PIMPINAN', 'ADMIN');

-- CreateTable
CREATE TABLE "Instansi" (
    "id" SERIAL NOT NULL,
    "kode" VARCHAR(16) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "jenis" "JenisInstansi" NOT NULL,
    "wilayah" VARCHAR(120),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instansi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unor" (
    "id" SERIAL NOT NULL,
    "instansiId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "path" INTEGER[],
    "nama" VARCHAR(300) NOT NULL,
    "jenis" "JenisUnor" NOT NULL DEFAULT 'STRUKTURAL',
    "eselon" "Jenjang",
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "dasarHukumNomor" VARCHAR(200),
    "dasarHukumTanggal" DATE,
    "kodePembina" VARCHAR(40),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jabatan" (
    "id" SERIAL NOT NULL,
    "kode" VARCHAR(32) NOT NULL,
    "nama" VARCHAR(250) NOT NULL,
    "jenis" "JenisJabatan" NOT NULL,
    "jenjang" "Jenjang",
    "kelas" INTEGER NOT NULL,
    "bup" INTEGER NOT NULL,
    "instansiPembinaId" INTEGER,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetaJabatan" (
    "id" SERIAL NOT NULL,
    "instansiId" INTEGER NOT NULL,
    "unorId" INTEGER NOT NULL,
    "jabatanId" INTEGER NOT NULL,
    "kebutuhan" INTEGER NOT NULL DEFAULT 0,
    "sumberKebutuhan" "SumberKebutuhan" NOT NULL DEFAULT 'MANUAL',
    "aturanVersi" VARCHAR(40),
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PetaJabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Infojab" (
    "id" SERIAL NOT NULL,
    "petaJabatanId" INTEGER NOT NULL,
    "ikhtisar" TEXT,
    "kualifikasi" JSONB NOT NULL DEFAULT '{}',
    "hasilKerja" JSONB NOT NULL DEFAULT '[]',
    "bahanKerja" JSONB NOT NULL DEFAULT '[]',
    "perangkatKerja" JSONB NOT NULL DEFAULT '[]',
    "tanggungJawab" JSONB NOT NULL DEFAULT '[]',
    "wewenang" JSONB NOT NULL DEFAULT '[]',
    "korelasiJabatan" JSONB NOT NULL DEFAULT '[]',
    "kondisiLingkungan" JSONB NOT NULL DEFAULT '[]',
    "risikoBahaya" JSONB NOT NULL DEFAULT '[]',
    "syaratJabatan" JSONB NOT NULL DEFAULT '{}',
    "prestasiKerja" TEXT,
    "kelasJabatan" INTEGER,
    "lockedById" INTEGER,
    "lockedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Infojab_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UraianTugas" (
    "id" SERIAL NOT NULL,
    "infojabId" INTEGER NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "uraian" TEXT NOT NULL,
    "hasilKerja" VARCHAR(250),
    "satuan" VARCHAR(80),
    "volume" DECIMAL(14,4) NOT NULL,
    "periode" "PeriodeBeban" NOT NULL DEFAULT 'TAHUN',
    "waktu" DECIMAL(14,4) NOT NULL,
    "satuanWaktu" "SatuanWaktu" NOT NULL DEFAULT 'JAM',

    CONSTRAINT "UraianTugas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AturanPerhitungan" (
    "id" SERIAL NOT NULL,
    "versi" VARCHAR(40) NOT NULL,
    "berlakuMulai" DATE NOT NULL,
    "wkeMenit" INTEGER NOT NULL,
    "faktorPeriode" JSONB NOT NULL,
    "pembulatan" "Pembulatan" NOT NULL DEFAULT 'KE_ATAS',
    "bandEJ" JSONB NOT NULL,
    "sumber" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AturanPerhitungan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pegawai" (
    "id" SERIAL NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "tanggalLahir" DATE NOT NULL,
    "jenisKelamin" "JenisKelamin" NOT NULL,
    "jenis" "JenisPegawai" NOT NULL,
    "instansiId" INTEGER NOT NULL,
    "unorId" INTEGER,
    "jabatanId" INTEGER,
    "pendidikan" VARCHAR(120),
    "tmtJabatan" DATE,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Usulan" (
    "id" SERIAL NOT NULL,
    "instansiId" INTEGER NOT NULL,
    "jenis" "JenisUsulan" NOT NULL,
    "judul" VARCHAR(250) NOT NULL,
    "dasarHukumNomor" VARCHAR(200),
    "dasarHukumTanggal" DATE,
    "status" "StatusUsulan" NOT NULL DEFAULT 'DRAFT',
    "catatan" TEXT,
    "catatanVerifikasi" TEXT,
    "dibuatOlehId" INTEGER NOT NULL,
    "dibuatPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "diajukanOlehId" INTEGER,
    "diajukanPada" TIMESTAMP(3),
    "diverifikasiOlehId" INTEGER,
    "diverifikasiPada" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Usulan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "instansiId" INTEGER,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "instansiId" INTEGER,
    "entity" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(40) NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Instansi_kode_key" ON "Instansi"("kode");

-- CreateIndex
CREATE INDEX "Instansi_jenis_idx" ON "Instansi"("jenis");

-- CreateIndex
CREATE INDEX "Unor_instansiId_parentId_urutan_idx" ON "Unor"("instansiId", "parentId", "urutan");

-- CreateIndex
CREATE INDEX "Unor_path_idx" ON "Unor" USING GIN ("path");

-- CreateIndex
CREATE UNIQUE INDEX "Jabatan_kode_key" ON "Jabatan"("kode");

-- CreateIndex
CREATE INDEX "Jabatan_jenis_jenjang_idx" ON "Jabatan"("jenis", "jenjang");

-- CreateIndex
CREATE INDEX "Jabatan_nama_idx" ON "Jabatan"("nama");

-- CreateIndex
CREATE INDEX "PetaJabatan_instansiId_idx" ON "PetaJabatan"("instansiId");

-- CreateIndex
CREATE INDEX "PetaJabatan_jabatanId_idx" ON "PetaJabatan"("jabatanId");

-- CreateIndex
CREATE UNIQUE INDEX "PetaJabatan_unorId_jabatanId_key" ON "PetaJabatan"("unorId", "jabatanId");

-- CreateIndex
CREATE UNIQUE INDEX "Infojab_petaJabatanId_key" ON "Infojab"("petaJabatanId");

-- CreateIndex
CREATE INDEX "UraianTugas_infojabId_urutan_idx" ON "UraianTugas"("infojabId", "urutan");

-- CreateIndex
CREATE UNIQUE INDEX "AturanPerhitungan_versi_key" ON "AturanPerhitungan"("versi");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_nip_key" ON "Pegawai"("nip");

-- CreateIndex
CREATE INDEX "Pegawai_unorId_jabatanId_idx" ON "Pegawai"("unorId", "jabatanId");

-- CreateIndex
CREATE INDEX "Pegawai_instansiId_idx" ON "Pegawai"("instansiId");

-- CreateIndex
CREATE INDEX "Pegawai_jabatanId_idx" ON "Pegawai"("jabatanId");

-- CreateIndex
CREATE INDEX "Usulan_instansiId_status_idx" ON "Usulan"("instansiId", "status");

-- CreateIndex
CREATE INDEX "Usulan_status_idx" ON "Usulan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_instansiId_at_idx" ON "AuditLog"("instansiId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- AddForeignKey
ALTER TABLE "Unor" ADD CONSTRAINT "Unor_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unor" ADD CONSTRAINT "Unor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jabatan" ADD CONSTRAINT "Jabatan_instansiPembinaId_fkey" FOREIGN KEY ("instansiPembinaId") REFERENCES "Instansi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetaJabatan" ADD CONSTRAINT "PetaJabatan_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetaJabatan" ADD CONSTRAINT "PetaJabatan_unorId_fkey" FOREIGN KEY ("unorId") REFERENCES "Unor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetaJabatan" ADD CONSTRAINT "PetaJabatan_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Infojab" ADD CONSTRAINT "Infojab_petaJabatanId_fkey" FOREIGN KEY ("petaJabatanId") REFERENCES "PetaJabatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Infojab" ADD CONSTRAINT "Infojab_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UraianTugas" ADD CONSTRAINT "UraianTugas_infojabId_fkey" FOREIGN KEY ("infojabId") REFERENCES "Infojab"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_unorId_fkey" FOREIGN KEY ("unorId") REFERENCES "Unor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Usulan" ADD CONSTRAINT "Usulan_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Usulan" ADD CONSTRAINT "Usulan_dibuatOlehId_fkey" FOREIGN KEY ("dibuatOlehId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Usulan" ADD CONSTRAINT "Usulan_diajukanOlehId_fkey" FOREIGN KEY ("diajukanOlehId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Usulan" ADD CONSTRAINT "Usulan_diverifikasiOlehId_fkey" FOREIGN KEY ("diverifikasiOlehId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Integrity rules Prisma cannot express, checked by the database itself. They are triggers, not CHECK
-- constraints, because Prisma 6.19's WASM schema engine aborts ("unreachable") when it describes a
-- table with CHECK constraints, which would break `npm run db:migration`.
CREATE FUNCTION siasn_check(ok boolean, message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION '%', message USING ERRCODE = 'check_violation';
  END IF;
END $$;

CREATE FUNCTION pegawai_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM siasn_check(NEW."nip" ~ '^[0-9]{18}$', 'NIP harus 18 digit angka');
  RETURN NEW;
END $$;
CREATE TRIGGER pegawai_rules BEFORE INSERT OR UPDATE OF "nip" ON "Pegawai" FOR EACH ROW EXECUTE FUNCTION pegawai_rules();

CREATE FUNCTION jabatan_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM siasn_check(NEW."kelas" BETWEEN 1 AND 17, 'kelas jabatan harus 1 sampai 17');
  PERFORM siasn_check(NEW."bup" BETWEEN 50 AND 75, 'BUP harus 50 sampai 75 tahun');
  RETURN NEW;
END $$;
CREATE TRIGGER jabatan_rules BEFORE INSERT OR UPDATE ON "Jabatan" FOR EACH ROW EXECUTE FUNCTION jabatan_rules();

CREATE FUNCTION peta_jabatan_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM siasn_check(NEW."kebutuhan" >= 0, 'kebutuhan tidak boleh negatif');
  RETURN NEW;
END $$;
CREATE TRIGGER peta_jabatan_rules BEFORE INSERT OR UPDATE ON "PetaJabatan" FOR EACH ROW EXECUTE FUNCTION peta_jabatan_rules();

CREATE FUNCTION uraian_tugas_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM siasn_check(NEW."volume" > 0 AND NEW."waktu" > 0, 'volume dan waktu penyelesaian harus lebih dari nol');
  RETURN NEW;
END $$;
CREATE TRIGGER uraian_tugas_rules BEFORE INSERT OR UPDATE ON "UraianTugas" FOR EACH ROW EXECUTE FUNCTION uraian_tugas_rules();

-- The materialised path is kept by the database on insert: parent's path followed by the new id,
-- so no writer can forget it or get it wrong. Moves rewrite a subtree's paths in one UPDATE (service).
CREATE FUNCTION unor_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parentId" IS NULL THEN
    NEW."path" := ARRAY[NEW."id"];
  ELSE
    SELECT p."path" || NEW."id" INTO NEW."path" FROM "Unor" p
      WHERE p."id" = NEW."parentId" AND p."instansiId" = NEW."instansiId";
    IF NEW."path" IS NULL THEN
      RAISE EXCEPTION 'unor atasan % tidak ada di instansi %', NEW."parentId", NEW."instansiId";
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER unor_set_path BEFORE INSERT ON "Unor" FOR EACH ROW EXECUTE FUNCTION unor_set_path();
