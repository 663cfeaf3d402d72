import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRingkasanPegawai, listPegawai, listUnorTanpaKebutuhan, type PegawaiFilter } from "@/lib/data/pegawai";
import { getRekapInstansi } from "@/lib/data/rekap";
import { klasifikasiPegawai } from "@/lib/domain/pegawai/masalah";
import type { Actor } from "@/lib/auth/permissions";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

/**
 * A hand-built instansi "Pemkot Uji" (A) and a neighbour (B):
 *
 *   Pemkot Uji (root, no cell)
 *   ├── Dinas Satu        cells J1 K3, J2 K1
 *   │   ├── Bidang Dua    cell  J1 K2
 *   │   ├── Seksi Kosong  no cell
 *   │   └── Seksi Nol     cell  J3 K0
 *   ├── Bagian Lama       INACTIVE, cell J1 K2
 *   └── Unit Sepi         no cell, no pegawai
 *   B: Badan Tetangga (root, no cell)
 *
 * Pegawai of A (nama sorts as listed; * = flagged):
 *   P01 PNS  Dinas Satu / J1          sesuai
 *   P02 PNS  Dinas Satu / J1          sesuai
 *   P03 PNS  Dinas Satu / J2          sesuai
 *   P04 PPPK Bidang Dua / J1          (PPPK, no flag)
 *   P05 PNS  Bidang Dua / J2          * J2 not placed in Bidang Dua
 *   P06 PNS  Bagian Lama / J1         * inactive unit (its cell counts nowhere)
 *   P07 PPPK Bagian Lama / —          * inactive unit (wins over "no jabatan")
 *   P08 PNS  Dinas Satu / —           * no jabatan
 *   P09 PNS  — / J1                   * no unit
 *   P10 PNS  Badan Tetangga (B's) / J1 * not a unit of A's tree
 *   P11 PNS  Seksi Kosong / J1        * J1 not placed there; the unit has pegawai and no kebutuhan
 *   P12 PNS  Seksi Nol / J3           sesuai (cell with K 0); the unit has pegawai and no kebutuhan
 *   P13 PNS  Dinas Satu / J1          INACTIVE pegawai: in no figure
 *   P14 PPPK Bidang Dua / J1          (PPPK, no flag)
 * Pegawai of B: Q1 PNS Badan Tetangga / J2 (no cell): B's flag, never A's.
 *
 * By hand, for A: active 13 (PNS 10, PPPK 3). PNS sesuai = P01, P02, P03, P12 = 4; PNS tidak sesuai
 * = 10 − 4 = 6 (P05, P06, P08, P09, P10, P11). Flags (PNS and PPPK): unit missing 2 (P09, P10),
 * unit inactive 2 (P06, P07) → card "unor" 4; jabatan not placed 2 (P05, P11); no jabatan 1 (P08).
 * Units with pegawai but no kebutuhan: Seksi Kosong, Seksi Nol = 2 (Dinas Satu K 4, Bidang Dua K 2,
 * Bagian Lama is inactive, the root and Unit Sepi have no pegawai). Inactive pegawai: 1.
 */

let op: Actor;
let opB: Actor;
let verifikator: Actor;
let a: number;
const unit: Record<string, number> = {};

const PLAN: [nama: string, jenis: "PNS" | "PPPK", unor: string | null, jabatan: "J1" | "J2" | "J3" | null, aktif?: boolean][] = [
  ["P01 Ahmad", "PNS", "Dinas Satu", "J1"],
  ["P02 Budi", "PNS", "Dinas Satu", "J1"],
  ["P03 Citra", "PNS", "Dinas Satu", "J2"],
  ["P04 Dewi", "PPPK", "Bidang Dua", "J1"],
  ["P05 Eko", "PNS", "Bidang Dua", "J2"],
  ["P06 Fajar", "PNS", "Bagian Lama", "J1"],
  ["P07 Gita", "PPPK", "Bagian Lama", null],
  ["P08 Hadi", "PNS", "Dinas Satu", null],
  ["P09 Indah", "PNS", null, "J1"],
  ["P10 Joko", "PNS", "Badan Tetangga", "J1"],
  ["P11 Kartika", "PNS", "Seksi Kosong", "J1"],
  ["P12 Lukman", "PNS", "Seksi Nol", "J3"],
  ["P13 Maya", "PNS", "Dinas Satu", "J1", false],
  ["P14 Nanda", "PPPK", "Bidang Dua", "J1"],
];

const all = (over: Partial<PegawaiFilter> = {}): PegawaiFilter => ({ status: "aktif", halaman: 1, perHalaman: 50, ...over });
const kode = (rows: { nama: string }[]) => rows.map((r) => r.nama.slice(0, 3));

beforeAll(async () => {
  const instA = await makeInstansi({ nama: "Pemkot Uji" });
  const instB = await makeInstansi({ nama: "Tetangga" });
  a = instA.id;
  const root = await makeUnor(a, null, "Pemkot Uji");
  unit["Pemkot Uji"] = root.id;
  unit["Dinas Satu"] = (await makeUnor(a, root.id, "Dinas Satu")).id;
  for (const n of ["Bidang Dua", "Seksi Kosong", "Seksi Nol"]) unit[n] = (await makeUnor(a, unit["Dinas Satu"], n)).id;
  for (const n of ["Bagian Lama", "Unit Sepi"]) unit[n] = (await makeUnor(a, root.id, n)).id;
  unit["Badan Tetangga"] = (await makeUnor(instB.id, null, "Badan Tetangga")).id;
  const jab = { J1: (await makeJabatan({ bup: 58 })).id, J2: (await makeJabatan({ bup: 60 })).id, J3: (await makeJabatan({ bup: 58 })).id };
  await db().petaJabatan.createMany({
    data: [
      { instansiId: a, unorId: unit["Dinas Satu"], jabatanId: jab.J1, kebutuhan: 3 },
      { instansiId: a, unorId: unit["Dinas Satu"], jabatanId: jab.J2, kebutuhan: 1 },
      { instansiId: a, unorId: unit["Bidang Dua"], jabatanId: jab.J1, kebutuhan: 2 },
      { instansiId: a, unorId: unit["Bagian Lama"], jabatanId: jab.J1, kebutuhan: 2 },
      { instansiId: a, unorId: unit["Seksi Nol"], jabatanId: jab.J3, kebutuhan: 0 },
    ],
  });
  let urut = 0;
  for (const [nama, jenis, unor, jabatan, aktif] of PLAN) {
    urut += 1;
    await db().pegawai.create({
      data: {
        nip: nipFor("1980-05-17", urut),
        nama,
        tanggalLahir: new Date("1980-05-17"),
        jenisKelamin: "PRIA",
        jenis,
        instansiId: a,
        unorId: unor ? unit[unor] : null,
        jabatanId: jabatan ? jab[jabatan] : null,
        pendidikan: "S1 Administrasi Negara",
        aktif: aktif ?? true,
      },
    });
  }
  await db().pegawai.create({
    data: { nip: nipFor("1975-01-02", 900), nama: "Q1 Tetangga", tanggalLahir: new Date("1975-01-02"), jenisKelamin: "PRIA", jenis: "PNS", instansiId: instB.id, unorId: unit["Badan Tetangga"], jabatanId: jab.J2 },
  });
  // Deactivate after the pegawai are placed, as an operator would (the recap triggers move its cells out).
  await db().unor.update({ where: { id: unit["Bagian Lama"] }, data: { aktif: false } });
  op = await makeUser("OPERATOR", a);
  opB = await makeUser("OPERATOR", instB.id);
  verifikator = await makeUser("VERIFIKATOR");
});

describe("Data Pegawai ASN: flags and summary lines (hand-worked)", () => {
  it("counts every flag and the PNS sesuai / tidak sesuai / aktif lines", async () => {
    expect(await getRingkasanPegawai(op, a)).toEqual({
      jumlahAktif: 13,
      jumlahPnsAktif: 10,
      jumlahPppkAktif: 3,
      pnsSesuai: 4,
      pnsTidakSesuai: 6,
      perMasalah: { UNOR_TIDAK_ADA: 2, UNOR_NONAKTIF: 2, TANPA_JABATAN: 1, JABATAN_TIDAK_DITEMPATKAN: 2 },
      unorTanpaKebutuhan: 2,
      jumlahNonaktif: 1,
    });
  });

  it("agrees with the recap: the active pegawai without a flag are exactly B of the instansi", async () => {
    // B per cell of active units: Dinas Satu J1 2 (P13 inactive), J2 1, Bidang Dua J1 2, Seksi Nol J3 1 = 6
    // = P01, P02, P03, P04, P12, P14 (PNS and PPPK without a flag).
    expect((await getRekapInstansi(op, a))!.total.existing).toBe(6);
    const tanpaMasalah = (await listPegawai(op, a, all()))!.rows.filter((r) => r.masalah === null);
    expect(kode(tanpaMasalah)).toEqual(["P01", "P02", "P03", "P04", "P12", "P14"]);
  });

  it("classifies each row in SQL exactly as the pure rule does", async () => {
    const rows = await db().pegawai.findMany({
      where: { instansiId: a, aktif: true },
      select: { nama: true, unorId: true, jabatanId: true, unor: { select: { aktif: true, instansiId: true } } },
    });
    const cells = new Set((await db().petaJabatan.findMany({ select: { unorId: true, jabatanId: true } })).map((c) => `${c.unorId}/${c.jabatanId}`));
    const expected = Object.fromEntries(
      rows.map((r) => [
        r.nama,
        klasifikasiPegawai({
          unor: r.unor && r.unor.instansiId === a ? { aktif: r.unor.aktif } : null,
          jabatanId: r.jabatanId,
          jabatanDitempatkan: cells.has(`${r.unorId}/${r.jabatanId}`),
        }),
      ]),
    );
    const listed = Object.fromEntries((await listPegawai(op, a, all()))!.rows.map((r) => [r.nama, r.masalah]));
    expect(listed).toEqual(expected);
    expect(Object.values(listed).filter((m) => m !== null)).toHaveLength(7);
  });

  it("lists each flag card's pegawai and units", async () => {
    const unor = (await listPegawai(op, a, all({ masalah: "unor" })))!;
    expect(unor.total).toBe(4);
    expect(unor.rows.map((r) => [r.nama.slice(0, 3), r.masalah, r.unorNama])).toEqual([
      ["P06", "UNOR_NONAKTIF", "Bagian Lama"],
      ["P07", "UNOR_NONAKTIF", "Bagian Lama"],
      ["P09", "UNOR_TIDAK_ADA", null],
      // Another instansi's unit is not shown by name: for this tree it is missing.
      ["P10", "UNOR_TIDAK_ADA", null],
    ]);
    expect(kode((await listPegawai(op, a, all({ masalah: "jabatan-tidak-ditempatkan" })))!.rows)).toEqual(["P05", "P11"]);
    expect(kode((await listPegawai(op, a, all({ masalah: "tanpa-jabatan" })))!.rows)).toEqual(["P08"]);
    // "PNS tidak sesuai" as a list: the flagged PNS.
    const tidakSesuai = (await listPegawai(op, a, all({ masalah: "tidak-sesuai", jenis: "PNS" })))!;
    expect([tidakSesuai.total, kode(tidakSesuai.rows)]).toEqual([6, ["P05", "P06", "P08", "P09", "P10", "P11"]]);
    // A flag list ignores the status filter: flags describe active pegawai.
    expect((await listPegawai(op, a, all({ masalah: "unor", status: "semua" })))!.total).toBe(4);

    expect(await listUnorTanpaKebutuhan(op, a, { halaman: 1, perHalaman: 50 })).toEqual({
      total: 2,
      rows: [
        { id: unit["Seksi Kosong"], nama: "Seksi Kosong", unorInduk: ["Pemkot Uji", "Dinas Satu"], jumlahPegawai: 1, jumlahJabatan: 0 },
        { id: unit["Seksi Nol"], nama: "Seksi Nol", unorInduk: ["Pemkot Uji", "Dinas Satu"], jumlahPegawai: 1, jumlahJabatan: 1 },
      ],
    });
  });
});

describe("Data Pegawai ASN: the list", () => {
  it("shows the columns of a row, with the unit's ancestors and the jabatan's BUP", async () => {
    const { rows } = (await listPegawai(op, a, all({ q: "Eko" })))!;
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        nip: nipFor("1980-05-17", 5),
        nama: "P05 Eko",
        jenis: "PNS",
        tanggalLahir: new Date("1980-05-17T00:00:00Z"),
        pendidikan: "S1 Administrasi Negara",
        aktif: true,
        unorId: unit["Bidang Dua"],
        unorNama: "Bidang Dua",
        unorAktif: true,
        unorInduk: ["Pemkot Uji", "Dinas Satu"],
        jabatanKode: expect.stringMatching(/^J-/),
        jabatanNama: expect.stringMatching(/^Jabatan Uji/),
        bup: 60,
        masalah: "JABATAN_TIDAK_DITEMPATKAN",
      },
    ]);
  });

  it("filters by status, jenis, unit subtree, nama and NIP, and pages on the server", async () => {
    expect((await listPegawai(op, a, all()))!.total).toBe(13);
    expect(kode((await listPegawai(op, a, all({ status: "nonaktif" })))!.rows)).toEqual(["P13"]);
    expect((await listPegawai(op, a, all({ status: "semua" })))!.total).toBe(14);
    expect(kode((await listPegawai(op, a, all({ jenis: "PPPK" })))!.rows)).toEqual(["P04", "P07", "P14"]);
    // Dinas Satu and everything below it: P01–P03, P08 (Dinas Satu), P04, P05, P14 (Bidang Dua), P11, P12.
    expect(kode((await listPegawai(op, a, all({ unorId: unit["Dinas Satu"] })))!.rows)).toEqual(["P01", "P02", "P03", "P04", "P05", "P08", "P11", "P12", "P14"]);
    expect(kode((await listPegawai(op, a, all({ unorId: unit["Bidang Dua"] })))!.rows)).toEqual(["P04", "P05", "P14"]);
    // Another instansi's unit gives nothing, even where one of A's pegawai points at it.
    expect((await listPegawai(op, a, all({ unorId: unit["Badan Tetangga"] })))!.total).toBe(0);
    expect(kode((await listPegawai(op, a, all({ q: "kart" })))!.rows)).toEqual(["P11"]);
    // Digits search the start of the NIP: 19800517 + 200301 1 + 012 is P12.
    expect(kode((await listPegawai(op, a, all({ q: nipFor("1980-05-17", 12) })))!.rows)).toEqual(["P12"]);
    expect((await listPegawai(op, a, all({ q: "19800517" })))!.total).toBe(13);
    // LIKE wildcards in the search are literal.
    expect((await listPegawai(op, a, all({ q: "%" })))!.total).toBe(0);
    const page3 = (await listPegawai(op, a, all({ perHalaman: 5, halaman: 3 })))!;
    expect([page3.total, kode(page3.rows)]).toEqual([13, ["P11", "P12", "P14"]]);
  });

  it("is scoped to the instansi: another instansi's operator reads nothing, a verifikator reads", async () => {
    expect(await listPegawai(opB, a, all())).toBeNull();
    expect(await getRingkasanPegawai(opB, a)).toBeNull();
    expect(await listUnorTanpaKebutuhan(opB, a, { halaman: 1, perHalaman: 10 })).toBeNull();
    expect((await listPegawai(verifikator, a, all()))!.total).toBe(13);
    // B's own list holds only Q1, flagged for B's jabatan not placed.
    const b = (await listPegawai(opB, opB.instansiId!, all()))!;
    expect(b.rows.map((r) => [r.nama, r.masalah])).toEqual([["Q1 Tetangga", "JABATAN_TIDAK_DITEMPATKAN"]]);
  });
});
