import "server-only";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isBasi, TERHENTI_MESSAGE } from "@/lib/domain/proses/denyut";

/** What the admin page shows of a job: plain JSON, so a server action can hand it to the client. */
export interface ProsesView {
  id: number;
  status: "BERJALAN" | "SELESAI" | "GAGAL";
  selesai: number;
  total: number;
  pesan: string | null;
  hasil: unknown;
  dimulaiOleh: string | null;
  dimulaiPada: string;
  berakhirPada: string | null;
}

/** The latest job of `jenis`, a dead one shown as failed (its row is closed by the next start). Admins only. */
export async function getProsesTerakhir(db: Db, actor: Actor, jenis: string): Promise<ProsesView | null> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Hanya administrator yang dapat melihat proses ini.");
  const p = await db.prosesLatar.findFirst({ where: { jenis }, orderBy: { id: "desc" }, include: { dimulaiOleh: { select: { nama: true } } } });
  if (!p) return null;
  const basi = isBasi(p);
  return {
    id: p.id,
    status: basi ? "GAGAL" : p.status,
    selesai: p.selesai,
    total: p.total,
    pesan: basi ? TERHENTI_MESSAGE : p.pesan,
    hasil: p.hasil,
    dimulaiOleh: p.dimulaiOleh?.nama ?? null,
    dimulaiPada: p.dimulaiPada.toISOString(),
    berakhirPada: p.berakhirPada?.toISOString() ?? null,
  };
}
