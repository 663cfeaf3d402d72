import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { normalizeNamaUnor } from "@/lib/validation/unor";

type Tx = Prisma.TransactionClient;

/** Refuses a name that equals a sibling's but for spacing or case (call under the tree lock). */
export async function assertUniqueSiblingName(tx: Tx, instansiId: number, parentId: number | null, nama: string, exceptId?: number) {
  const siblings = await tx.unor.findMany({ where: { instansiId, parentId, NOT: exceptId ? { id: exceptId } : undefined }, select: { nama: true } });
  const wanted = normalizeNamaUnor(nama);
  const twin = siblings.find((s) => normalizeNamaUnor(s.nama) === wanted);
  if (twin) {
    throw new AppError("CONFLICT", `Nama "${nama}" sama dengan unor "${twin.nama}" di bawah atasan yang sama.`, {
      nama: ["Nama sudah dipakai unor lain di bawah atasan yang sama (beda spasi atau huruf besar/kecil dianggap sama)."],
    });
  }
}

export async function nextUrutan(tx: Tx, instansiId: number, parentId: number | null): Promise<number> {
  const max = await tx.unor.aggregate({ where: { instansiId, parentId }, _max: { urutan: true } });
  return (max._max.urutan ?? 0) + 1;
}
