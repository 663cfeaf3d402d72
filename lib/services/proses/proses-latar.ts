import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, isAppError, wrapDbError } from "@/lib/errors";
import { DENYUT_MS, TERHENTI_MESSAGE, isBasi } from "@/lib/domain/proses/denyut";

/** Progress is written at most this often: a row update per batch would be noise, not information. */
const LAPOR_MS = 500;

const fmtWaktu = (d: Date) => d.toLocaleString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long", timeStyle: "short" });

/**
 * Opens a job row of `jenis` for the actor, unless one is running: the check and the insert hold one
 * advisory lock, so two admins clicking at once get one job and one CONFLICT. A dead job is closed first.
 */
export async function startProses(db: Db, actor: Actor, jenis: string, label: string): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('proses-latar'), hashtext(${jenis}))`;
    const running = await tx.prosesLatar.findFirst({ where: { jenis, status: "BERJALAN" }, orderBy: { id: "desc" }, include: { dimulaiOleh: { select: { nama: true } } } });
    if (running && !isBasi(running)) {
      throw new AppError("CONFLICT", `${label} sedang berjalan (dimulai ${fmtWaktu(running.dimulaiPada)} WIB oleh ${running.dimulaiOleh?.nama ?? "pengguna lain"}). Tunggu sampai selesai.`);
    }
    if (running) await tx.prosesLatar.update({ where: { id: running.id }, data: { status: "GAGAL", pesan: TERHENTI_MESSAGE, berakhirPada: new Date() } });
    return tx.prosesLatar.create({ data: { jenis, dimulaiOlehId: actor.id }, select: { id: true } });
  });
}

/**
 * Runs `work` for an open job: reports its progress and a heartbeat on the row, then SELESAI with the
 * result or GAGAL with a message for the admin. Never rejects: it runs after the request has answered.
 */
export async function runProses(db: Db, id: number, work: (lapor: (selesai: number, total: number) => void) => Promise<unknown>): Promise<void> {
  const touch = (data: Prisma.ProsesLatarUpdateManyMutationInput) =>
    db.prosesLatar.updateMany({ where: { id, status: "BERJALAN" }, data: { ...data, denyutPada: new Date() } }).catch((e) => console.error(`[proses ${id}] laporan gagal`, e));
  const denyut = setInterval(() => void touch({}), DENYUT_MS);
  let last = 0;
  const kemajuan = { selesai: 0, total: 0 };
  try {
    const hasil = await work((selesai, total) => {
      Object.assign(kemajuan, { selesai, total });
      if (selesai < total && Date.now() - last < LAPOR_MS) return;
      last = Date.now();
      void touch({ selesai, total });
    });
    clearInterval(denyut);
    // The last figures again: a report still in flight finds the row closed and changes nothing.
    await touch({ status: "SELESAI", ...kemajuan, hasil: JSON.parse(JSON.stringify(hasil ?? null)), berakhirPada: new Date() });
  } catch (thrown) {
    clearInterval(denyut);
    const e = wrapDbError(thrown);
    let pesan: string;
    if (isAppError(e)) pesan = e.message;
    else {
      const ref = crypto.randomUUID().slice(0, 8);
      console.error(`[proses ${id} ${ref}]`, thrown);
      pesan = `Terjadi kesalahan pada server (kode ${ref}). Tidak ada perubahan yang tersimpan; coba lagi.`;
    }
    await touch({ status: "GAGAL", pesan, berakhirPada: new Date() });
  }
}
