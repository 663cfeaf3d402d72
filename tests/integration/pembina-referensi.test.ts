import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { importReferensi } from "@/lib/services/pembina/import-referensi";
import { readReferensiFile } from "@/lib/services/pembina/read-referensi-file";
import { makeInstansi, makeUser } from "../factories";

let admin: Actor;
let op: Actor;
let kode: string;

beforeAll(async () => {
  const inst = await makeInstansi();
  kode = inst.kode;
  admin = await makeUser("ADMIN");
  op = await makeUser("OPERATOR", inst.id);
});

const csv = (lines: string[]) => Buffer.from(lines.join("\n"), "utf8");
const HEAD = "npsn,nama,jenjang,kode_instansi,kecamatan,siswa_1,siswa_2,siswa_3,siswa_4,siswa_5,siswa_6";

describe("ADMIN reference import", () => {
  it("refuses a file with any bad row, naming row and column, and writes nothing", async () => {
    const rows = await readReferensiFile(
      csv([
        HEAD,
        `20300001,SD Negeri Satu,SD,${kode},Beji,30,30,30,30,30,30`,
        `2030002,SD Negeri Dua,SD,${kode},,30,30,30,30,30,30`, // NPSN 7 digits
        `20300003,SMP Negeri Tiga,SMP,${kode},,90,90,80,,,`, // SMP has 3 tingkat: fine
        `20300001,SD Negeri Ganda,SD,${kode},,1,1,1,1,1,1`, // duplicate
        `20300005,SD Negeri Lima,SD,TIDAK-ADA,,1,1,1,1,1,1`,
        `20300006,SD Negeri Enam,SD,${kode},,1,1,1,,,`, // SD lacks 3 tingkat
      ]),
    );
    const err = await importReferensi(db(), admin, "SEKOLAH", rows).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID" });
    expect(err.masalah).toEqual([
      { row: 3, column: "npsn", message: "NPSN harus 8 digit." },
      { row: 5, column: "npsn", message: "Kode 20300001 ganda: sudah ada di baris 2." },
      { row: 6, column: "kode_instansi", message: "Instansi TIDAK-ADA tidak dikenal." },
      { row: 7, column: "siswa_1…siswa_6", message: "SD memerlukan jumlah siswa untuk 6 tingkat." },
    ]);
    expect(await db().referensiSekolah.count({ where: { npsn: { startsWith: "203000" } } })).toBe(0);
  });

  it("loads a valid CSV, then updates by NPSN from an .xlsx; only ADMIN may", async () => {
    const first = await readReferensiFile(csv([HEAD, `20300001,SD Negeri Satu,sd,${kode},Beji,30,30,30,30,30,30`, `20300003,SMP Negeri Tiga,SMP,${kode},,90,90,80,,,`]));
    await expect(importReferensi(db(), op, "SEKOLAH", first)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await importReferensi(db(), admin, "SEKOLAH", first)).toEqual({ jenis: "SEKOLAH", baris: 2, ditambah: 2, diperbarui: 0 });
    expect((await db().referensiSekolah.findUniqueOrThrow({ where: { npsn: "20300003" } })).siswaPerTingkat).toEqual([90, 90, 80]);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sekolah");
    ws.addRow(HEAD.split(","));
    ws.addRow(["20300003", "SMP Negeri 3", "SMP", kode, "Cinere", 100, 96, 64]);
    ws.addRow(["20300007", "SD Negeri Tujuh", "SD", kode, "", 28, 28, 28, 28, 28, 28]);
    const rows = await readReferensiFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await importReferensi(db(), admin, "SEKOLAH", rows)).toEqual({ jenis: "SEKOLAH", baris: 2, ditambah: 1, diperbarui: 1 });
    expect(await db().referensiSekolah.findUniqueOrThrow({ where: { npsn: "20300003" }, select: { nama: true, siswaPerTingkat: true, kecamatan: true } })).toEqual({
      nama: "SMP Negeri 3",
      siswaPerTingkat: [100, 96, 64],
      kecamatan: "Cinere",
    });
    expect(await db().auditLog.count({ where: { entity: "ReferensiSekolah", action: "IMPORT" } })).toBe(2);
  });

  it("faskes: a puskesmas needs its wilayah, a rumah sakit its kelas", async () => {
    const rows = await readReferensiFile(
      csv(["kode,nama,jenis,wilayah,kelas_rs,kode_instansi,kecamatan", `PKM900001,Puskesmas A,PUSKESMAS_RAWAT_INAP,,,${kode},`, `RS900001,RSUD B,RUMAH_SAKIT,,,${kode},`, `PKM900002,Puskesmas C,puskesmas_non_rawat_inap,perkotaan,,${kode},`]),
    );
    const err = await importReferensi(db(), admin, "FASKES", rows).catch((e) => e);
    expect(err.masalah).toEqual([
      { row: 2, column: "wilayah", message: "Puskesmas wajib memiliki karakteristik wilayah." },
      { row: 3, column: "kelas_rs", message: "Rumah sakit wajib memiliki kelas." },
    ]);
    expect(await importReferensi(db(), admin, "FASKES", rows.slice(2))).toMatchObject({ ditambah: 1 });
    expect(await db().referensiFaskes.findUniqueOrThrow({ where: { kode: "PKM900002" }, select: { jenis: true, wilayah: true } })).toEqual({ jenis: "PUSKESMAS_NON_RAWAT_INAP", wilayah: "PERKOTAAN" });
  });
});
