import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { createPrismaClient, db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { PEGAWAI_COLUMNS } from "@/lib/excel/pegawai/layout";
import { ImportPegawaiRefused, importPegawai, previewImportPegawai } from "@/lib/services/pegawai/import-pegawai";
import { verifyRekap } from "@/lib/services/rekap/recompute-rekap";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pegawai-impor-it-"));
const AGREE = { selExisting: 0, instansiJabatan: 0, pensiun: 0 };
let fileNo = 0;
let urut = 0;

type Row = [nip: string, nama: string, lahir: string, jk: string, jenis: string, kodeJabatan: string, unor: string, pendidikan: string, tmt: string];

async function xlsx(rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Pegawai");
  ws.addRow(PEGAWAI_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r.map((v, i) => (i === 2 && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)));
  const file = path.join(dir, `f${++fileNo}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A CSV as Excel in an Indonesian locale writes it: ";" separated, day-first dates, quoted names with commas. */
function csv(rows: Row[]): string {
  const q = (v: string) => (/[;"\n]/.test(v) || v.includes(",") ? `"${v.replace(/"/g, '""')}"` : v);
  const dmy = (v: string) => (/^\d{4}-\d\d-\d\d$/.test(v) ? v.split("-").reverse().join("-") : v);
  const lines = [PEGAWAI_COLUMNS.map((c) => c.header).join(";"), ...rows.map((r) => r.map((v, i) => q(i === 2 || i === 8 ? dmy(v) : v)).join(";"))];
  const file = path.join(dir, `f${++fileNo}.csv`);
  fs.writeFileSync(file, `\ufeff${lines.join("\r\n")}\r\n`);
  return file;
}

/**
 * A hand-built instansi: Dinas Kesehatan → Bidang Pelayanan; jabatan J1 placed in the Dinas (K 2),
 * J2 in the Bidang (K 3). Pegawai: P1 (Dinas, J1), P2 and P3 (Bidang, J2): B 1 and 2. Another
 * instansi holds Q1 with J1 in its own unit.
 */
async function world() {
  const mine = await makeInstansi({ nama: "Pemerintah Kota Impor" });
  const theirs = await makeInstansi({ nama: "Pemerintah Kota Lain" });
  const op: Actor = await makeUser("OPERATOR", mine.id);
  const dinas = await makeUnor(mine.id, null, "Dinas Kesehatan");
  const bidang = await makeUnor(mine.id, dinas.id, "Bidang Pelayanan");
  const lain = await makeUnor(theirs.id, null, "Dinas Lain");
  const j1 = await makeJabatan({ bup: 58 });
  const j2 = await makeJabatan({ bup: 60 });
  const c1 = await db().petaJabatan.create({ data: { instansiId: mine.id, unorId: dinas.id, jabatanId: j1.id, kebutuhan: 2 } });
  const c2 = await db().petaJabatan.create({ data: { instansiId: mine.id, unorId: bidang.id, jabatanId: j2.id, kebutuhan: 3 } });
  const cLain = await db().petaJabatan.create({ data: { instansiId: theirs.id, unorId: lain.id, jabatanId: j1.id, kebutuhan: 1 } });
  const orang = (lahir: string, wanita = false) => ({ nip: nipFor(lahir, ++urut, wanita), lahir });
  const [p1, p2, p3, q1] = [orang("1980-01-15"), orang("1985-03-12", true), orang("1990-07-01"), orang("1979-11-30")];
  const add = (p: { nip: string; lahir: string }, instansiId: number, unorId: number, jabatanId: number, nama: string, jenisKelamin: "PRIA" | "WANITA") =>
    db().pegawai.create({ data: { nip: p.nip, nama, tanggalLahir: new Date(p.lahir), jenisKelamin, jenis: "PNS", instansiId, unorId, jabatanId, pendidikan: "S1" } });
  await add(p1, mine.id, dinas.id, j1.id, "Budi", "PRIA");
  await add(p2, mine.id, bidang.id, j2.id, "Sari", "WANITA");
  await add(p3, mine.id, bidang.id, j2.id, "Andi", "PRIA");
  await add(q1, theirs.id, lain.id, j1.id, "Joko", "PRIA");
  expect((await db().petaJabatan.findMany({ where: { id: { in: [c1.id, c2.id] } }, orderBy: { id: "asc" }, select: { existing: true } })).map((c) => c.existing)).toEqual([1, 2]);
  const row = (p: { nip: string; lahir: string }, nama: string, jk: string, kode: string, unor: string, tmt = ""): Row => [p.nip, nama, p.lahir, jk, "PNS", kode, unor, "S1", tmt];
  return { mine, theirs, op, dinas, bidang, lain, j1, j2, c1, c2, cLain, p1, p2, p3, q1, orang, row };
}
type World = Awaited<ReturnType<typeof world>>;

async function existing(...ids: number[]) {
  return (await db().petaJabatan.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { existing: true } })).map((c) => c.existing);
}
async function snapshot(w: World) {
  const pegawai = await db().pegawai.findMany({ where: { instansiId: { in: [w.mine.id, w.theirs.id] } }, orderBy: { nip: "asc" }, omit: { createdAt: true } });
  const rekap = await db().rekapInstansiJabatan.findMany({ where: { instansiId: { in: [w.mine.id, w.theirs.id] } }, orderBy: [{ instansiId: "asc" }, { jabatanId: "asc" }] });
  const audit = await db().auditLog.count({ where: { instansiId: w.mine.id, action: "IMPOR_PEGAWAI" } });
  return { pegawai, rekap, audit, cells: await existing(w.c1.id, w.c2.id, w.cLain.id) };
}

/** The file of the Tambah/Perbarui case: P1 moves to the Bidang as J2 with a new name, two new J1 in the Dinas, P2 as it is. */
function tambahRows(w: World) {
  const n1 = w.orang("1995-02-28", true);
  const n2 = w.orang("1996-12-01");
  const rows: Row[] = [
    w.row(w.p1, "Budi Santoso, S.Kom", "L", w.j2.kode, "Dinas Kesehatan > Bidang Pelayanan", "2024-01-02"),
    w.row(n1, "Rina", "P", w.j1.kode, String(w.dinas.id)),
    w.row(n2, "Dedi", "L", w.j1.kode, "dinas kesehatan"),
    w.row(w.p2, "Sari", "P", w.j2.kode, String(w.bidang.id)),
  ];
  return { rows, n1, n2 };
}

async function expectTambahApplied(w: World, n1: { nip: string }, hasil: Awaited<ReturnType<typeof importPegawai>>) {
  expect(hasil).toMatchObject({ mode: "TAMBAH", baris: 4, ditambah: 2, diperbarui: 1, tetap: 1, dinonaktifkan: 0, pesan: "2 pegawai ditambahkan, 1 diperbarui." });
  // Dinas/J1: P1 left, Rina and Dedi came → B 2 (was 1). Bidang/J2: P2, P3 and now P1 → 3 (was 2). The other instansi's cell: 1.
  expect(await existing(w.c1.id, w.c2.id, w.cLain.id)).toEqual([2, 3, 1]);
  const p1 = await db().pegawai.findUniqueOrThrow({ where: { nip: w.p1.nip } });
  expect(p1).toMatchObject({ nama: "Budi Santoso, S.Kom", unorId: w.bidang.id, jabatanId: w.j2.id, aktif: true, instansiId: w.mine.id });
  expect(p1.tmtJabatan?.toISOString().slice(0, 10)).toBe("2024-01-02");
  expect(await db().pegawai.findUniqueOrThrow({ where: { nip: n1.nip } })).toMatchObject({ nama: "Rina", jenisKelamin: "WANITA", unorId: w.dinas.id, jabatanId: w.j1.id, instansiId: w.mine.id });
  // P3 was not in the file: Tambah/Perbarui leaves it as it was.
  expect(await db().pegawai.findUniqueOrThrow({ where: { nip: w.p3.nip } })).toMatchObject({ aktif: true, unorId: w.bidang.id });
  expect(await db().pegawai.count({ where: { instansiId: w.mine.id } })).toBe(5);
  const rekap = await db().rekapInstansiJabatan.findMany({ where: { instansiId: w.mine.id }, orderBy: { jabatanId: "asc" }, select: { jabatanId: true, kebutuhan: true, existing: true, kekurangan: true } });
  expect(rekap).toEqual([
    { jabatanId: w.j1.id, kebutuhan: 2, existing: 2, kekurangan: 0 },
    { jabatanId: w.j2.id, kebutuhan: 3, existing: 3, kekurangan: 0 },
  ]);
  const audit = await db().auditLog.findMany({ where: { instansiId: w.mine.id, action: "IMPOR_PEGAWAI" } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ entity: "Pegawai", userId: w.op.id });
  expect(audit[0].after).toMatchObject({ mode: "TAMBAH", baris: 4, ditambah: 2, diperbarui: 1, tetap: 1, dinonaktifkan: 0 });
  expect(await verifyRekap(db())).toEqual(AGREE);
}

describe("Impor Pegawai: a valid file changes exactly what it names", () => {
  it("xlsx, Tambah/Perbarui: the preview counts what the import then does; B and the recaps follow", async () => {
    const w = await world();
    const { rows, n1 } = tambahRows(w);
    const file = await xlsx(rows);
    const before = await snapshot(w);
    const rencana = await previewImportPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "TAMBAH" });
    expect(rencana).toMatchObject({ baris: 4, ditambah: 2, diperbarui: 1, tetap: 1, dinonaktifkan: 0 });
    expect(rencana.contoh.ditambah.map((c) => [c.baris, c.nama])).toEqual([[3, "Rina"], [4, "Dedi"]]);
    expect(rencana.contoh.diperbarui).toEqual([
      { baris: 2, nip: w.p1.nip, nama: "Budi Santoso, S.Kom", jabatan: `${w.j2.kode} ${w.j2.nama}`, unor: "Bidang Pelayanan", sebelum: { nama: "Budi", jabatan: `${w.j1.kode} ${w.j1.nama}`, unor: "Dinas Kesehatan", aktif: true } },
    ]);
    expect(await snapshot(w)).toEqual(before); // the preview wrote nothing

    const progress: string[] = [];
    const hasil = await importPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "TAMBAH" }, (t, s, n) => void progress.push(`${t} ${s}/${n}`));
    expect(progress).toContain("menyimpan 4/4");
    expect(progress.at(-1)).toBe("menghitung 1/1");
    await expectTambahApplied(w, n1, hasil);
  });

  it("csv (';', day-first dates, BOM), same file: the same changes", async () => {
    const w = await world();
    const { rows, n1 } = tambahRows(w);
    const hasil = await importPegawai(db(), w.op, { instansiId: w.mine.id, file: csv(rows), format: "csv", mode: "TAMBAH" });
    await expectTambahApplied(w, n1, hasil);
  });

  it("the same file twice: the second import changes nothing", async () => {
    const w = await world();
    const { rows } = tambahRows(w);
    await importPegawai(db(), w.op, { instansiId: w.mine.id, file: await xlsx(rows), format: "xlsx", mode: "TAMBAH" });
    const again = await importPegawai(db(), w.op, { instansiId: w.mine.id, file: await xlsx(rows), format: "xlsx", mode: "TAMBAH" });
    expect(again).toMatchObject({ ditambah: 0, diperbarui: 0, tetap: 4, pesan: "Tidak ada perubahan." });
    expect(await existing(w.c1.id, w.c2.id)).toEqual([2, 3]);
  });
});

describe("Ganti Seluruhnya", () => {
  it("deactivates the instansi's pegawai missing from the file, never deletes, and leaves other instansi alone", async () => {
    const w = await world();
    const rows = [w.row(w.p1, "Budi", "L", w.j1.kode, "Dinas Kesehatan"), w.row(w.p2, "Sari", "P", w.j2.kode, "Dinas Kesehatan > Bidang Pelayanan")];
    const file = await xlsx(rows);
    const rencana = await previewImportPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "GANTI" });
    expect(rencana).toMatchObject({ baris: 2, ditambah: 0, diperbarui: 0, tetap: 2, dinonaktifkan: 1 });
    expect(rencana.contoh.dinonaktifkan.map((c) => [c.nip, c.nama])).toEqual([[w.p3.nip, "Andi"]]);
    const hasil = await importPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "GANTI" });
    expect(hasil).toMatchObject({ ditambah: 0, diperbarui: 0, tetap: 2, dinonaktifkan: 1, pesan: "0 pegawai ditambahkan, 0 diperbarui, 1 dinonaktifkan." });
    expect(await db().pegawai.findUniqueOrThrow({ where: { nip: w.p3.nip } })).toMatchObject({ aktif: false, unorId: w.bidang.id, jabatanId: w.j2.id });
    expect(await db().pegawai.count({ where: { instansiId: w.mine.id } })).toBe(3);
    // Bidang/J2 loses P3: B 2 → 1, K 3, kekurangan 2. Q1 of the other instansi stays active.
    expect(await existing(w.c1.id, w.c2.id, w.cLain.id)).toEqual([1, 1, 1]);
    expect(await db().pegawai.findUniqueOrThrow({ where: { nip: w.q1.nip } })).toMatchObject({ aktif: true });
    expect(await db().rekapInstansiJabatan.findUniqueOrThrow({ where: { instansiId_jabatanId: { instansiId: w.mine.id, jabatanId: w.j2.id } } })).toMatchObject({ existing: 1, kekurangan: 2 });
    expect(await verifyRekap(db())).toEqual(AGREE);
    // Back in the file: reactivated (counted as an update).
    const back = await importPegawai(db(), w.op, { instansiId: w.mine.id, file: await xlsx([...rows, w.row(w.p3, "Andi", "L", w.j2.kode, String(w.bidang.id))]), format: "xlsx", mode: "TAMBAH" });
    expect(back).toMatchObject({ diperbarui: 1, tetap: 2 });
    expect(await existing(w.c2.id)).toEqual([2]);
    expect(await verifyRekap(db())).toEqual(AGREE);
  });
});

describe("every invalid case is refused with its row and column, and nothing changes", () => {
  async function refused(w: World, rows: Row[], format: "xlsx" | "csv" = "xlsx") {
    const before = await snapshot(w);
    const file = format === "xlsx" ? await xlsx(rows) : csv(rows);
    const err = await importPegawai(db(), w.op, { instansiId: w.mine.id, file, format, mode: "GANTI" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportPegawaiRefused);
    expect(await snapshot(w)).toEqual(before);
    const { message, masalah } = err as ImportPegawaiRefused;
    expect(message).toMatch(/Tidak ada data yang disimpan\.$/);
    return masalah;
  }

  it("NIP not 18 digits", async () => {
    const w = await world();
    const ok = w.row(w.p1, "Budi", "L", w.j1.kode, "Dinas Kesehatan");
    expect(await refused(w, [ok, [w.p2.nip.slice(0, 17), "Sari", w.p2.lahir, "P", "PNS", w.j2.kode, "Dinas Kesehatan", "", ""]])).toEqual([
      { row: 3, column: "A", message: "NIP harus 18 digit angka." },
    ]);
  });

  it("NIP whose birth date, or sex, disagrees with the columns", async () => {
    const w = await world();
    const p2 = w.row(w.p2, "Sari", "P", w.j2.kode, "Dinas Kesehatan");
    p2[2] = "1985-03-13";
    const p3 = w.row(w.p3, "Andi", "P", w.j2.kode, "Dinas Kesehatan");
    expect(await refused(w, [p2, p3], "csv")).toEqual([
      { row: 2, column: "A", message: "Tanggal lahir pada NIP (1985-03-12) tidak sama dengan kolom Tanggal Lahir (1985-03-13)." },
      { row: 3, column: "A", message: "Kode jenis kelamin pada NIP (1, pria) tidak sama dengan kolom Jenis Kelamin (P)." },
    ]);
  });

  it("a NIP twice in the file", async () => {
    const w = await world();
    const r = w.row(w.p1, "Budi", "L", w.j1.kode, "Dinas Kesehatan");
    expect(await refused(w, [r, w.row(w.p2, "Sari", "P", w.j2.kode, "Dinas Kesehatan"), r])).toEqual([
      { row: 4, column: "A", message: `NIP ${w.p1.nip} ganda: sudah tercantum pada baris 2.` },
    ]);
  });

  it("a NIP of another instansi's pegawai", async () => {
    const w = await world();
    expect(await refused(w, [w.row(w.p1, "Budi", "L", w.j1.kode, "Dinas Kesehatan"), w.row(w.q1, "Joko", "L", w.j1.kode, "Dinas Kesehatan")])).toEqual([
      { row: 3, column: "A", message: `NIP ${w.q1.nip} terdaftar sebagai pegawai instansi lain; perpindahan instansi diproses lewat mutasi, bukan impor.` },
    ]);
  });

  it("an unknown jabatan, an unknown unit, and another instansi's unit by ID", async () => {
    const w = await world();
    expect(
      await refused(w, [
        w.row(w.p1, "Budi", "L", "TIDAK-ADA", "Dinas Kesehatan"),
        w.row(w.p2, "Sari", "P", w.j2.kode, "Dinas Kesehatan > Bidang Keuangan"),
        w.row(w.p3, "Andi", "L", w.j2.kode, String(w.lain.id)),
      ]),
    ).toEqual([
      { row: 2, column: "F", message: 'Kode jabatan "TIDAK-ADA" tidak ada di katalog jabatan.' },
      { row: 3, column: "G", message: 'Unor "Dinas Kesehatan > Bidang Keuangan" tidak ditemukan di instansi ini; tulis ID unor atau jalur lengkap dari unit teratas dipisah " > ".' },
      { row: 4, column: "G", message: `Unor dengan ID ${w.lain.id} tidak ada di instansi ini.` },
    ]);
  });

  it("an Excel error cell is named as such, not as a blank", async () => {
    const w = await world();
    const r = w.row(w.p1, "Budi", "L", w.j1.kode, "Dinas Kesehatan");
    const file = await xlsx([r]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("Pegawai")!.getCell("C2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    await wb.xlsx.writeFile(file);
    await expect(importPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "TAMBAH" })).rejects.toMatchObject({
      masalah: [{ row: 2, column: "C", message: "Tanggal Lahir berisi galat Excel #N/A." }],
    });
  });

  it("a header that is not the template's", async () => {
    const w = await world();
    const file = path.join(dir, "kepala.csv");
    fs.writeFileSync(file, "NIP,Nama,Lahir\n");
    await expect(importPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "csv", mode: "TAMBAH" })).rejects.toMatchObject({
      masalah: [
        { row: 1, column: "C", message: 'Judul kolom harus "Tanggal Lahir", bukan "Lahir". Gunakan template dari portal.' },
        ...PEGAWAI_COLUMNS.slice(3).map((c, i) => ({ row: 1, column: String.fromCharCode(68 + i), message: `Judul kolom harus "${c.header}". Gunakan template dari portal.` })),
      ],
    });
  });
});

describe("an interrupted import changes nothing", () => {
  it("fails after every row, the deactivation, the recap and the audit were written: all rolled back", async () => {
    const w = await world();
    const { rows } = tambahRows(w);
    const before = await snapshot(w);
    const file = await xlsx(rows);
    await expect(
      importPegawai(db(), w.op, { instansiId: w.mine.id, file, format: "xlsx", mode: "GANTI" }, (tahap, selesai) => {
        if (tahap === "menghitung" && selesai === 1) throw new Error("server berhenti");
      }),
    ).rejects.toThrow("server berhenti");
    expect(await snapshot(w)).toEqual(before);
    expect(await verifyRekap(db())).toEqual(AGREE);
  });

  it("loses its database connection after writing everything (a server restart): UNAVAILABLE, all rolled back", async () => {
    const w = await world();
    const { rows } = tambahRows(w);
    const before = await snapshot(w);
    const client = createPrismaClient(undefined, { max: 2, connectionTimeoutMillis: 2_000 });
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    try {
      const err = await importPegawai(client, w.op, { instansiId: w.mine.id, file: await xlsx(rows), format: "xlsx", mode: "GANTI" }, async (tahap, selesai) => {
        if (tahap !== "menghitung" || selesai !== 1) return;
        // The import's transaction is the one backend idle inside a transaction that wrote the audit entry.
        const { rows: r } = await killer.query(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`,
        );
        expect(r).toEqual([{ ok: true }]);
        await new Promise((res) => setTimeout(res, 50));
      }).then(() => null, (e: unknown) => e);
      expect(err).toMatchObject({ code: "UNAVAILABLE" });
    } finally {
      await killer.end();
      await client.$disconnect();
    }
    expect(await snapshot(w)).toEqual(before);
    expect(await verifyRekap(db())).toEqual(AGREE);
  });
});

describe("who may import", () => {
  it("refuses another instansi's operator and the verifikator, before reading the file", async () => {
    const w = await world();
    const { rows } = tambahRows(w);
    const file = await xlsx(rows);
    const before = await snapshot(w);
    for (const actor of [await makeUser("OPERATOR", w.theirs.id), await makeUser("VERIFIKATOR")])
      await expect(importPegawai(db(), actor, { instansiId: w.mine.id, file, format: "xlsx", mode: "TAMBAH" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(w)).toEqual(before);
    expect(await db().auditLog.count({ where: { instansiId: w.mine.id, action: "AKSES_DITOLAK", entity: "Pegawai" } })).toBe(2);
  });
});
