-- CreateEnum
CREATE TYPE "StatusProses" AS ENUM ('BERJALAN', 'SELESAI', 'GAGAL');

-- CreateTable
CREATE TABLE "ProsesLatar" (
    "id" SERIAL NOT NULL,
    "jenis" VARCHAR(40) NOT NULL,
    "status" "StatusProses" NOT NULL DEFAULT 'BERJALAN',
    "selesai" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "pesan" TEXT,
    "hasil" JSONB,
    "dimulaiOlehId" INTEGER,
    "dimulaiPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "denyutPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "berakhirPada" TIMESTAMP(3),

    CONSTRAINT "ProsesLatar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProsesLatar_jenis_id_idx" ON "ProsesLatar"("jenis", "id");

-- AddForeignKey
ALTER TABLE "ProsesLatar" ADD CONSTRAINT "ProsesLatar_dimulaiOlehId_fkey" FOREIGN KEY ("dimulaiOlehId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

