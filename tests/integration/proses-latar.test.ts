import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getProsesTerakhir } from "@/lib/data/proses-latar";
import { TERHENTI_MESSAGE } from "@/lib/domain/proses/denyut";
import { JENIS_HITUNG_ULANG_ABK, startRecomputeAbk } from "@/lib/services/abk/start-recompute-abk";
import { runProses, startProses } from "@/lib/services/proses/proses-latar";
import { makeInstansi, makeUser } from "../factories";

const rowOf = (id: number) => db().prosesLatar.findUniqueOrThrow({ where: { id } });

describe("background job of the admin page (ProsesLatar)", () => {
  it("runs the national ABK recompute behind the answer, refuses a second one meanwhile, and records the outcome", async () => {
    const admin = await makeUser("ADMIN");
    const other = await makeUser("ADMIN");
    await makeInstansi();
    const instansi = await db().instansi.count();
    const { prosesId, selesai } = await startRecomputeAbk(db(), admin);
    // Until the job row is closed, any admin's start is refused with who started it.
    await expect(startRecomputeAbk(db(), other)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^Hitung ulang kebutuhan ABK sedang berjalan \\(dimulai .+ WIB oleh ${admin.nama}\\)\\. Tunggu sampai selesai\\.$`)),
    });
    await selesai;
    const row = await rowOf(prosesId);
    expect(row).toMatchObject({ jenis: JENIS_HITUNG_ULANG_ABK, status: "SELESAI", selesai: instansi, total: instansi, pesan: null, dimulaiOlehId: admin.id });
    expect(row.berakhirPada!.getTime()).toBeGreaterThanOrEqual(row.dimulaiPada.getTime());
    // The result is the service's own, and its audit entry says the same.
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "HITUNG_ULANG_ABK", userId: admin.id }, orderBy: { id: "desc" } });
    expect(row.hasil).toEqual({ versiAturan: "PERMENPANRB-1-2020", diperiksa: (audit.after as { diperiksa: number }).diperiksa, berubah: (audit.after as { berubah: number }).berubah });
    expect(await getProsesTerakhir(db(), other, JENIS_HITUNG_ULANG_ABK)).toMatchObject({ id: prosesId, status: "SELESAI", selesai: instansi, total: instansi, dimulaiOleh: admin.nama });
    // Ended: the next start is allowed.
    const again = await startRecomputeAbk(db(), other);
    await again.selesai;
    expect((await rowOf(again.prosesId)).status).toBe("SELESAI");
  });

  it("refuses every role but ADMIN, records the attempt, and opens no job", async () => {
    const inst = await makeInstansi();
    for (const role of ["OPERATOR", "VERIFIKATOR", "PIMPINAN"] as const) {
      const actor = await makeUser(role, role === "OPERATOR" ? inst.id : null);
      const before = await db().prosesLatar.count();
      await expect(startRecomputeAbk(db(), actor)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Hanya administrator yang dapat menghitung ulang kebutuhan ABK nasional." });
      expect(await db().prosesLatar.count()).toBe(before);
      expect(await db().auditLog.count({ where: { userId: actor.id, action: "AKSES_DITOLAK", entity: "ProsesLatar" } })).toBe(1);
      await expect(getProsesTerakhir(db(), actor, JENIS_HITUNG_ULANG_ABK)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("gives one job to two admins who start at the same moment", async () => {
    const [a, b] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const jenis = `UJI_SERENTAK_${Date.now()}`;
    const r = await Promise.allSettled([startProses(db(), a, jenis, "Uji"), startProses(db(), b, jenis, "Uji")]);
    expect(r.map((x) => x.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((r.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().prosesLatar.count({ where: { jenis } })).toBe(1);
  });

  it("shows a job whose heartbeat stopped as ended without change, and closes it at the next start", async () => {
    const admin = await makeUser("ADMIN");
    const jenis = `UJI_BASI_${Date.now()}`;
    const mati = await db().prosesLatar.create({ data: { jenis, dimulaiOlehId: admin.id, selesai: 3, total: 10, denyutPada: new Date(Date.now() - 61_000) } });
    expect(await getProsesTerakhir(db(), admin, jenis)).toMatchObject({ id: mati.id, status: "GAGAL", pesan: TERHENTI_MESSAGE, selesai: 3, total: 10 });
    const baru = await startProses(db(), admin, jenis, "Uji");
    expect(await rowOf(mati.id)).toMatchObject({ status: "GAGAL", pesan: TERHENTI_MESSAGE });
    expect(await rowOf(baru.id)).toMatchObject({ status: "BERJALAN", selesai: 0, total: 0 });
    // A live one (heartbeat 30 s ago) is not taken over.
    await expect(startProses(db(), admin, jenis, "Uji")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("reports progress while the work runs, and a failure as GAGAL with the user's message or a reference", async () => {
    const admin = await makeUser("ADMIN");
    const jenis = `UJI_GAGAL_${Date.now()}`;
    const seen: { selesai: number; total: number }[] = [];
    const { id } = await startProses(db(), admin, jenis, "Uji");
    await runProses(db(), id, async (lapor) => {
      lapor(1, 4);
      // Written beside the job, so another connection sees it while the work goes on.
      for (let i = 0; i < 100 && seen.length === 0; i++) {
        const r = await rowOf(id);
        if (r.total === 4) seen.push({ selesai: r.selesai, total: r.total });
        else await new Promise((x) => setTimeout(x, 10));
      }
      throw new AppError("INVALID", "Aturan perhitungan tidak sah.");
    });
    expect(seen).toEqual([{ selesai: 1, total: 4 }]);
    expect(await rowOf(id)).toMatchObject({ status: "GAGAL", pesan: "Aturan perhitungan tidak sah.", selesai: 1, total: 4 });

    const second = await startProses(db(), admin, jenis, "Uji");
    const err = console.error;
    console.error = () => {};
    try {
      await runProses(db(), second.id, async () => {
        throw new Error("disk penuh");
      });
    } finally {
      console.error = err;
    }
    expect((await rowOf(second.id)).pesan).toMatch(/^Terjadi kesalahan pada server \(kode [0-9a-f]{8}\)\. Tidak ada perubahan yang tersimpan; coba lagi\.$/);
  });
});
