-- CreateEnum
CREATE TYPE "JenjangSekolah" AS ENUM ('SD', 'SMP', 'SMA', 'SMK');

-- CreateEnum
CREATE TYPE "JenisFaskes" AS ENUM ('PUSKESMAS_NON_RAWAT_INAP', 'PUSKESMAS_RAWAT_INAP', 'RUMAH_SAKIT');

-- CreateEnum
CREATE TYPE "WilayahFaskes" AS ENUM ('PERKOTAAN', 'PERDESAAN', 'TERPENCIL');

-- CreateEnum
CREATE TYPE "JenisStandar" AS ENUM ('SEKOLAH', 'PUSKESMAS');

-- CreateTable
CREATE TABLE "ReferensiSekolah" (
    "id" SERIAL NOT NULL,
    "npsn" VARCHAR(16) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "jenjang" "JenjangSekolah" NOT NULL,
    "instansiId" INTEGER NOT NULL,
    "kecamatan" VARCHAR(120),
    "siswaPerTingkat" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferensiSekolah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferensiFaskes" (
    "id" SERIAL NOT NULL,
    "kode" VARCHAR(20) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "jenis" "JenisFaskes" NOT NULL,
    "wilayah" "WilayahFaskes",
    "kelasRs" VARCHAR(2),
    "instansiId" INTEGER NOT NULL,
    "kecamatan" VARCHAR(120),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferensiFaskes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandarPembina" (
    "id" SERIAL NOT NULL,
    "versi" VARCHAR(40) NOT NULL,
    "jenis" "JenisStandar" NOT NULL,
    "berlakuMulai" DATE NOT NULL,
    "aturan" JSONB NOT NULL,
    "sumber" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandarPembina_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferensiSekolah_npsn_key" ON "ReferensiSekolah"("npsn");

-- CreateIndex
CREATE INDEX "ReferensiSekolah_instansiId_jenjang_idx" ON "ReferensiSekolah"("instansiId", "jenjang");

-- CreateIndex
CREATE UNIQUE INDEX "ReferensiFaskes_kode_key" ON "ReferensiFaskes"("kode");

-- CreateIndex
CREATE INDEX "ReferensiFaskes_instansiId_jenis_idx" ON "ReferensiFaskes"("instansiId", "jenis");

-- CreateIndex
CREATE UNIQUE INDEX "StandarPembina_versi_key" ON "StandarPembina"("versi");

-- CreateIndex
CREATE INDEX "StandarPembina_jenis_berlakuMulai_idx" ON "StandarPembina"("jenis", "berlakuMulai");

-- AddForeignKey
ALTER TABLE "ReferensiSekolah" ADD CONSTRAINT "ReferensiSekolah_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferensiFaskes" ADD CONSTRAINT "ReferensiFaskes_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: a reference code (NPSN, kode faskes) names at most one unit per instansi, so that
-- Import Unor Pembina can never create the same school or puskesmas twice, even under a race.
CREATE UNIQUE INDEX "Unor_instansiId_kodePembina_key" ON "Unor"("instansiId", "kodePembina") WHERE "kodePembina" IS NOT NULL;
