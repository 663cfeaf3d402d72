import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/credentials";
import { seedDemoIfEmpty } from "@/lib/db-runtime/first-run";
import { parseNip } from "@/lib/validation/nip";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";

const BKN_TOP_UNITS = [
  "Sekretariat Utama",
  "Deputi Bidang Mutasi Kepegawaian",
  "Deputi Bidang Pembinaan Manajemen Kepegawaian",
  "Deputi Bidang Sistem Informasi Kepegawaian",
  "Deputi Bidang Pengawasan dan Pengendalian",
  "Inspektorat",
  "Pusat Perencanaan Kebutuhan ASN",
  "Pusat Pembinaan Jabatan Fungsional Kepegawaian",
  "Pusat Pengembangan Sistem Seleksi",
];

describe("demo data", () => {
  it("loads once into an empty database and never again over existing data", async () => {
    const loaded = await seedDemoIfEmpty(process.env.DATABASE_URL!);
    expect(loaded).not.toBeNull();
    expect(loaded!.pegawai).toBeGreaterThanOrEqual(300);
    expect(await seedDemoIfEmpty(process.env.DATABASE_URL!)).toBeNull();
    expect(await db().pegawai.count()).toBe(loaded!.pegawai);
  });

  it("has BKN with its real top units and Kota Depok with puskesmas, RSUD and schools", async () => {
    const bkn = await db().instansi.findUniqueOrThrow({ where: { kode: "BKN" } });
    const bknRoot = await db().unor.findFirstOrThrow({ where: { instansiId: bkn.id, parentId: null } });
    const top = await db().unor.findMany({ where: { parentId: bknRoot.id }, select: { nama: true } });
    expect(top.map((u) => u.nama)).toEqual(expect.arrayContaining(BKN_TOP_UNITS));
    const depok = await db().instansi.findFirstOrThrow({ where: { nama: "Pemerintah Kota Depok" } });
    const jenis = await db().unor.groupBy({ by: ["jenis"], where: { instansiId: depok.id }, _count: { _all: true } });
    const count = Object.fromEntries(jenis.map((j) => [j.jenis, j._count._all]));
    expect(count.PUSKESMAS).toBeGreaterThanOrEqual(5);
    expect(count.RUMAH_SAKIT).toBeGreaterThanOrEqual(1);
    expect(count.SEKOLAH).toBeGreaterThanOrEqual(5);
  });

  it("has the jabatan named in the source material", async () => {
    const names = (await db().jabatan.findMany({ select: { nama: true } })).map((j) => j.nama);
    for (const wanted of ["Analis Sumber Daya Manusia Aparatur", "Pranata Komputer", "Dokter Ahli Muda - Spesialis Saraf", "Guru", "Perawat", "Bidan"]) {
      expect(names.some((n) => n.startsWith(wanted)), wanted).toBe(true);
    }
  });

  it("gives every pegawai a valid NIP matching their birth date, in a placed jabatan of their instansi", async () => {
    const pegawai = await db().pegawai.findMany({ select: { nip: true, tanggalLahir: true, jenisKelamin: true, instansiId: true, unorId: true, jabatanId: true } });
    for (const p of pegawai) {
      const parts = parseNip(p.nip);
      expect(parts, p.nip).not.toBeNull();
      expect(parts!.tanggalLahir).toBe(p.tanggalLahir.toISOString().slice(0, 10));
      expect(parts!.jenisKelamin).toBe(p.jenisKelamin);
    }
    const orphans = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) n FROM "Pegawai" g
      WHERE NOT EXISTS (SELECT 1 FROM "PetaJabatan" p WHERE p."unorId" = g."unorId" AND p."jabatanId" = g."jabatanId" AND p."instansiId" = g."instansiId")`;
    expect(Number(orphans[0].n)).toBe(0);
  });

  it("has cells with excess and cells with shortage", async () => {
    const [r] = await db().$queryRaw<{ lebih: bigint; kurang: bigint }[]>`
      SELECT count(*) FILTER (WHERE b > k) lebih, count(*) FILTER (WHERE b < k) kurang FROM (
        SELECT p.kebutuhan k, (SELECT count(*) FROM "Pegawai" g WHERE g."unorId" = p."unorId" AND g."jabatanId" = p."jabatanId") b
        FROM "PetaJabatan" p) x`;
    expect(Number(r.lebih)).toBeGreaterThan(0);
    expect(Number(r.kurang)).toBeGreaterThan(0);
  });

  it("lets every demo user log in with the documented password", async () => {
    expect(DEMO_USERS.map((u) => u.username)).toEqual(expect.arrayContaining(["admin", "operator.bkn", "operator.depok", "verifikator", "pimpinan"]));
    for (const u of DEMO_USERS) {
      expect(await authenticate(db(), { username: u.username, password: DEMO_PASSWORD }), u.username).toMatchObject({ username: u.username, role: u.role });
    }
  });
});
