import "server-only";
import { db } from "@/lib/db";

export interface JabatanKatalogRow {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kelas: number;
  bup: number;
}

/** The national jabatan catalogue (reference data: readable by every signed-in role). */
export async function listJabatanKatalog(): Promise<JabatanKatalogRow[]> {
  return db().jabatan.findMany({
    where: { aktif: true },
    orderBy: [{ nama: "asc" }],
    select: { id: true, kode: true, nama: true, jenis: true, jenjang: true, kelas: true, bup: true },
  });
}
