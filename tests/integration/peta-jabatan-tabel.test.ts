import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getPetaJabatan, packPetaJabatan } from "@/lib/data/peta-jabatan";
import { exportPetaJabatanExcel } from "@/lib/excel/peta-jabatan/export-peta-jabatan";
import { buildRows, FILTER_KOSONG, unpackCells } from "@/lib/domain/peta-jabatan/tabel";
import { makeInstansi, makeUnor, makeUser, nipFor } from "../factories";

/**
 * A hand-built instansi (K, B per cell; B from pegawai through the triggers):
 *   Dinas A                     Kepala Dinas K1 B1 (0) · Analis SDM K3 B1 (−2)
 *     Bidang B                  Analis SDM K2 B0 (−2) · =SUM(A1)+Pengadministrasi K2 B4 (+2)
 *       Seksi C                 =SUM(A1)+Pengadministrasi K1 B0 (−1)
 *     Bidang Lama (nonaktif)    Kepala Dinas K5 B2 — counts nowhere
 * Own:     A K4 B2 −2 (kurang 2) · B K4 B4 0 (lebih 2, kurang 2) · C K1 B0 −1.
 * Subtree: C = own; B K5 B4 −1 (lebih 2, kurang 3); A K9 B6 −3 (lebih 2, kurang 5, 5 cells).
 */
const FORMULA_NAME = "=SUM(A1)+Pengadministrasi";
let inst: { id: number; nama: string };
let op: Actor;
let otherOp: Actor;
let ids: Record<string, number>;
let nip = 0;

async function pegawai(unorId: number, jabatanId: number, count: number) {
  for (let i = 0; i < count; i++) {
    await db().pegawai.create({
      data: { nip: nipFor("1985-02-11", ++nip), nama: `Pegawai ${nip}`, tanggalLahir: new Date("1985-02-11"), jenisKelamin: "PRIA", jenis: "PNS", instansiId: inst.id, unorId, jabatanId },
    });
  }
}

beforeAll(async () => {
  inst = await makeInstansi({ nama: "Pemerintah Kota Uji Peta" });
  const other = await makeInstansi({ nama: "Pemerintah Kota Lain" });
  op = await makeUser("OPERATOR", inst.id);
  otherOp = await makeUser("OPERATOR", other.id);
  const a = await makeUnor(inst.id, null, "Dinas A");
  const b = await makeUnor(inst.id, a.id, "Bidang B");
  const c = await makeUnor(inst.id, b.id, "Seksi C");
  const lama = await makeUnor(inst.id, a.id, "Bidang Lama");
  const sfx = `${process.pid}-${Date.now()}`;
  const kadis = await db().jabatan.create({ data: { kode: `PJ-KD-${sfx}`, nama: "Kepala Dinas", jenis: "STRUKTURAL", jenjang: "JPT_PRATAMA", kelas: 14, bup: 60 } });
  const analis = await db().jabatan.create({ data: { kode: `PJ-AN-${sfx}`, nama: "Analis SDM", jenis: "FUNGSIONAL", jenjang: "AHLI_PERTAMA", kelas: 8, bup: 58 } });
  const pelaksana = await db().jabatan.create({ data: { kode: `PJ-PL-${sfx}`, nama: FORMULA_NAME, jenis: "PELAKSANA", kelas: 5, bup: 58 } });
  await db().petaJabatan.createMany({
    data: [
      { instansiId: inst.id, unorId: a.id, jabatanId: kadis.id, kebutuhan: 1 },
      { instansiId: inst.id, unorId: a.id, jabatanId: analis.id, kebutuhan: 3, urutan: 1 },
      { instansiId: inst.id, unorId: b.id, jabatanId: analis.id, kebutuhan: 2, urutan: 1 },
      { instansiId: inst.id, unorId: b.id, jabatanId: pelaksana.id, kebutuhan: 2, urutan: 2 },
      { instansiId: inst.id, unorId: c.id, jabatanId: pelaksana.id, kebutuhan: 1 },
      { instansiId: inst.id, unorId: lama.id, jabatanId: kadis.id, kebutuhan: 5 },
    ],
  });
  await pegawai(a.id, kadis.id, 1);
  await pegawai(a.id, analis.id, 1);
  await pegawai(b.id, pelaksana.id, 4);
  await pegawai(lama.id, kadis.id, 2);
  // Deactivated afterwards, as the tree editor does it: the triggers take its figures out.
  await db().unor.update({ where: { id: lama.id }, data: { aktif: false } });
  ids = { a: a.id, b: b.id, c: c.id, lama: lama.id, kadis: kadis.id, analis: analis.id, pelaksana: pelaksana.id };
});

describe("the Peta Jabatan tab's figures", () => {
  it("gives each active unit its own and its whole subtree's K, B and selisih", async () => {
    const d = (await getPetaJabatan(op, inst.id))!;
    expect(d.units.map((u) => [u.nama, u.depth])).toEqual([["Dinas A", 0], ["Bidang B", 1], ["Seksi C", 2]]);
    const u = Object.fromEntries(d.units.map((x) => [x.nama, x]));
    expect(u["Dinas A"].sendiri).toMatchObject({ kebutuhan: 4, existing: 2, selisih: -2, kelebihan: 0, kekurangan: 2, jumlahSel: 2 });
    expect(u["Bidang B"].sendiri).toMatchObject({ kebutuhan: 4, existing: 4, selisih: 0, kelebihan: 2, kekurangan: 2 });
    expect(u["Seksi C"].subtree).toMatchObject({ kebutuhan: 1, existing: 0, selisih: -1, kekurangan: 1 });
    expect(u["Bidang B"].subtree).toMatchObject({ kebutuhan: 5, existing: 4, selisih: -1, kelebihan: 2, kekurangan: 3, jumlahSel: 3 });
    expect(u["Dinas A"].subtree).toEqual({ jumlahSel: 5, kebutuhan: 9, existing: 6, selisih: -3, kelebihan: 2, kekurangan: 5, selLebih: 1, selKurang: 3 });
    // The instansi's figures are its recap, and agree with the tree: the inactive unit is in neither.
    expect(d.total).toEqual(u["Dinas A"].subtree);
    expect(d.cells.map((c) => [c.unorId, c.kebutuhan, c.existing, c.selisih])).toEqual([
      [ids.a, 1, 1, 0],
      [ids.a, 3, 1, -2],
      [ids.b, 2, 0, -2],
      [ids.b, 2, 4, 2],
      [ids.c, 1, 0, -1],
    ]);
  });

  it("gives an instansi without units an empty table and zero totals", async () => {
    const kosong = await makeInstansi({ nama: "Pemerintah Kota Kosong" });
    const d = (await getPetaJabatan(await makeUser("ADMIN"), kosong.id))!;
    expect([d.units, d.cells, d.jabatan]).toEqual([[], [], []]);
    expect(d.total).toMatchObject({ jumlahSel: 0, kebutuhan: 0, existing: 0, selisih: 0 });
  });

  it("lets verifikator read and refuses an operator of another instansi", async () => {
    expect((await getPetaJabatan(await makeUser("VERIFIKATOR"), inst.id))!.total.kebutuhan).toBe(9);
    expect(await getPetaJabatan(otherOp, inst.id)).toBeNull();
  });

  it("filters to shortages keeping the ancestors, without re-summing", async () => {
    const data = packPetaJabatan((await getPetaJabatan(op, inst.id))!);
    const rows = buildRows(data, unpackCells(data), { ...FILTER_KOSONG, status: "kurang" }, null);
    // Shortages: Analis SDM in A (−2), in B (−2), the pelaksana in C (−1).
    const [a] = rows;
    expect(a.subRows.map((r) => (r.kind === "jabatan" ? r.jabatan.nama : r.unit.nama))).toEqual(["Analis SDM", "Bidang B"]);
    const b = a.subRows[1];
    expect(b.kind === "unor" && b.subRows.map((r) => (r.kind === "jabatan" ? `${r.jabatan.nama} ${r.selisih}` : r.unit.nama))).toEqual(["Analis SDM -2", "Seksi C"]);
    expect(a.unit.subtree.kebutuhan).toBe(9);
    // Searching a unit's name keeps its ancestors and what is below it.
    const cari = buildRows(data, unpackCells(data), { ...FILTER_KOSONG, cari: "seksi" }, null);
    expect(cari.map((r) => r.unit.nama)).toEqual(["Dinas A"]);
    expect(cari[0].subRows.map((r) => r.kind)).toEqual(["unor"]);
  });
});

async function exportBuffer(actor: Actor): Promise<Buffer> {
  const ex = await exportPetaJabatanExcel(db(), actor, { instansiId: inst.id }, new Date("2026-12-04T01:00:00Z"));
  const pass = new PassThrough();
  const chunks: Buffer[] = [];
  pass.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => pass.on("end", r));
  await ex.write(pass);
  await ended;
  return Buffer.concat(chunks);
}

describe("Unduh Excel of the peta jabatan", () => {
  it("lays out JABATAN | KELAS | B | K | +/- with indented units, subtotals and instansi totals", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBuffer(op)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Peta Jabatan")!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push([1, 2, 3, 4, 5].map((i) => row.getCell(i).value ?? null)));
    expect(rows).toEqual([
      ["PETA JABATAN", null, null, null, null],
      ["Pemerintah Kota Uji Peta", null, null, null, null],
      ["Keadaan per 4 Desember 2026", null, null, null, null],
      [null, null, null, null, null],
      ["JABATAN", "KELAS", "B", "K", "+/-"],
      ["JUMLAH INSTANSI", null, 6, 9, -3],
      ["Dinas A", null, null, null, null],
      ["Kepala Dinas", 14, 1, 1, 0],
      ["Analis SDM", 8, 1, 3, -2],
      ["Bidang B", null, null, null, null],
      ["Analis SDM", 8, 0, 2, -2],
      [FORMULA_NAME, 5, 4, 2, 2],
      ["Seksi C", null, null, null, null],
      [FORMULA_NAME, 5, 0, 1, -1],
      ["Jumlah Seksi C", null, 0, 1, -1],
      ["Jumlah Bidang B", null, 4, 5, -1],
      ["Jumlah Dinas A", null, 6, 9, -3],
    ]);
    const indent = (r: number) => ws.getRow(r).getCell(1).alignment?.indent ?? 0;
    expect([7, 8, 10, 11, 13, 14, 15, 16, 17].map(indent)).toEqual([0, 1, 1, 2, 2, 3, 2, 1, 0]);
    // The formula-like name is a text cell: it is shown, never evaluated.
    expect(ws.getRow(12).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(17).font?.bold).toBe(true);
  });

  it("refuses an operator of another instansi and records the attempt", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(exportPetaJabatanExcel(db(), otherOp, { instansiId: inst.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    warn.mockRestore();
    const audit = await db().auditLog.findFirst({ where: { userId: otherOp.id, action: "AKSES_DITOLAK", instansiId: inst.id } });
    expect(audit?.entity).toBe("PetaJabatan");
    await expect(exportPetaJabatanExcel(db(), op, { instansiId: "x" })).rejects.toThrow();
  });
});
