import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoIfEmpty } from "@/lib/db-runtime/first-run";
import { getRingkasanPegawai, listPegawai } from "@/lib/data/pegawai";
import { makeUser } from "../factories";

/**
 * The demo's Kota Depok, the browser test's starting point: every demo pegawai holds a jabatan
 * placed in an active unit, so every flag is 0 and every active PNS is "sesuai" until a test (or
 * an operator) breaks the map.
 */
describe("Data Pegawai ASN on the demo data", () => {
  it("shows Kota Depok with no flag and all PNS sesuai", async () => {
    await seedDemoIfEmpty(process.env.DATABASE_URL!);
    const depok = await db().instansi.findFirstOrThrow({ where: { nama: "Pemerintah Kota Depok" } });
    const pns = await db().pegawai.count({ where: { instansiId: depok.id, aktif: true, jenis: "PNS" } });
    const pppk = await db().pegawai.count({ where: { instansiId: depok.id, aktif: true, jenis: "PPPK" } });
    expect(pns).toBeGreaterThan(100);
    const op = await makeUser("OPERATOR", depok.id);
    const r = (await getRingkasanPegawai(op, depok.id))!;
    expect(r).toEqual({
      jumlahAktif: pns + pppk,
      jumlahPnsAktif: pns,
      jumlahPppkAktif: pppk,
      pnsSesuai: pns,
      pnsTidakSesuai: 0,
      perMasalah: { UNOR_TIDAK_ADA: 0, UNOR_NONAKTIF: 0, TANPA_JABATAN: 0, JABATAN_TIDAK_DITEMPATKAN: 0 },
      unorTanpaKebutuhan: 0,
      jumlahNonaktif: 0,
    });
    const first = (await listPegawai(op, depok.id, { status: "aktif", halaman: 1, perHalaman: 50 }))!;
    expect([first.total, first.rows.length]).toEqual([pns + pppk, 50]);
  });
});
