import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { exportInfojabExcel } from "@/lib/services/infojab/export-infojab-excel";
import { buildInfojabTemplate } from "@/lib/services/infojab/build-infojab-template";
import { importInfojabExcel, ImportRefused } from "@/lib/services/infojab/import-infojab-excel";
import { verifyRekap } from "@/lib/services/rekap/recompute-rekap";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";

const root = path.resolve(import.meta.dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "infojab-it-"));
let n = 0;
let mine: { id: number };
let op: Actor;
let other: Actor;
let cells: { id: number; nama: string }[];

/** Three FUNGSIONAL cells (two units), each with infojab v1: 12/TAHUN×30 JAM + 4/TAHUN×90 MENIT = 21,960 min → K 1. */
beforeAll(async () => {
  mine = await makeInstansi({ nama: "Pemerintah Kota Impor" });
  const theirs = await makeInstansi({ nama: "Pemerintah Kota Lain" });
  op = await makeUser("OPERATOR", mine.id);
  other = await makeUser("OPERATOR", theirs.id);
  const versi = (await getAturanBerlaku(db())).versi;
  const setda = await makeUnor(mine.id, null, "Sekretariat Daerah");
  const bagian = await makeUnor(mine.id, setda.id, "Bagian Organisasi");
  cells = [];
  for (const unit of [setda, bagian, bagian]) {
    const j = await makeJabatan({ jenis: "FUNGSIONAL" });
    const c = await db().petaJabatan.create({ data: { instansiId: mine.id, unorId: unit.id, jabatanId: j.id, kebutuhan: 1, sumberKebutuhan: "ABK", aturanVersi: versi } });
    await db().infojab.create({
      data: {
        petaJabatanId: c.id,
        ikhtisar: "Menyusun rencana kebutuhan",
        uraianTugas: { create: [
          { urutan: 0, uraian: "Menghimpun data formasi", volume: 12, periode: "TAHUN", waktu: 30, satuanWaktu: "JAM" },
          { urutan: 1, uraian: "Menyusun laporan", volume: 4, periode: "TAHUN", waktu: 90, satuanWaktu: "MENIT" },
        ] },
      },
    });
    cells.push({ id: c.id, nama: j.nama });
  }
});

beforeEach(async () => {
  await db().infojab.updateMany({ where: { petaJabatanId: { in: cells.map((c) => c.id) } }, data: { lockedAt: null } });
});

async function exportFile(actor: Actor, input: Record<string, unknown>): Promise<string> {
  const file = path.join(dir, `ekspor-${++n}.xlsx`);
  const ex = await exportInfojabExcel(db(), actor, input);
  const out = fs.createWriteStream(file);
  const closed = new Promise<void>((r) => out.on("close", () => r()));
  await ex.write(out);
  await closed;
  return file;
}

async function edit(file: string, fn: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  fn(wb);
  const to = path.join(dir, `ubah-${++n}.xlsx`);
  await wb.xlsx.writeFile(to);
  return to;
}

/** Tugas Pokok row of uraian `no` (1-based) of a cell. */
function tugasRow(wb: ExcelJS.Workbook, kode: number, no: number): ExcelJS.Row {
  const ws = wb.getWorksheet("Tugas Pokok")!;
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === kode && ws.getCell(r, 2).value === no) return ws.getRow(r);
  throw new Error("baris tidak ada");
}

const snapshot = async () => ({
  infojab: (await db().infojab.findMany({ where: { petaJabatanId: { in: cells.map((c) => c.id) } }, orderBy: { id: "asc" }, select: { petaJabatanId: true, version: true } })),
  peta: await db().petaJabatan.findMany({ where: { instansiId: mine.id }, orderBy: { id: "asc" }, select: { id: true, kebutuhan: true, version: true } }),
  uraian: await db().uraianTugas.count(),
  audit: await db().auditLog.count({ where: { action: "IMPOR_INFOJAB" } }),
});

const importAs = (actor: Actor, file: string, instansiId = mine.id) => importInfojabExcel(db(), actor, { instansiId, file });

describe("infojab Excel round trip", () => {
  it("export → import unchanged: nothing written, no version bump, no audit", async () => {
    const before = await snapshot();
    const file = await exportFile(op, { instansiId: mine.id });
    const r = await importAs(op, file);
    expect(r.pesan).toBe("Tidak ada perubahan.");
    expect(r.jabatan).toEqual([]);
    expect(r.total).toMatchObject({ jabatanDibaca: 3, jabatanBerubah: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("an edited beban recomputes K to the hand-worked figure and touches only that jabatan", async () => {
    const [c1, c2, c3] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id }), (wb) => {
      // 250 × 30 jam = 450,000 min + 360 min = 450,360 ÷ 75,000 = 6.0048 → KE_ATAS 7.
      tugasRow(wb, c1.id, 1).getCell(6).value = 250;
    });
    const before = await snapshot();
    const r = await importAs(op, file);
    expect(r.pesan).toBe("1 informasi jabatan diperbarui.");
    expect(r.jabatan).toEqual([{ petaJabatanId: c1.id, nama: c1.nama, uraianDitambah: 0, uraianDiubah: 1, uraianDihapus: 0, bagianBerubah: [], kebutuhanSebelum: 1, kebutuhanSesudah: 7 }]);
    const after = await snapshot();
    expect(after.peta.find((p) => p.id === c1.id)?.kebutuhan).toBe(7);
    expect(after.infojab.find((i) => i.petaJabatanId === c1.id)?.version).toBe(2);
    for (const c of [c2, c3]) {
      expect(after.infojab.find((i) => i.petaJabatanId === c.id)).toEqual(before.infojab.find((i) => i.petaJabatanId === c.id));
      expect(after.peta.find((p) => p.id === c.id)).toEqual(before.peta.find((p) => p.id === c.id));
    }
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "IMPOR_INFOJAB" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: op.id, instansiId: mine.id, entity: "Infojab" });
    expect(audit.after).toMatchObject({ jabatanDibaca: 3, jabatanBerubah: 1, uraianDiubah: 1, kebutuhanSebelum: 1, kebutuhanSesudah: 7, jabatan: [c1.id] });
  });

  it("an invalid file changes nothing and names every problem", async () => {
    const [, c2] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id, unorId: undefined }), (wb) => {
      tugasRow(wb, c2.id, 1).getCell(6).value = 99; // valid on its own
      tugasRow(wb, c2.id, 2).getCell(8).value = "sebentar";
    });
    const before = await snapshot();
    const e = await importAs(op, file).catch((x) => x);
    expect(e).toBeInstanceOf(ImportRefused);
    expect(e.message).toBe("File tidak dapat diimpor: 1 masalah ditemukan. Tidak ada data yang disimpan.");
    expect(e.masalah).toEqual([{ sheet: "Tugas Pokok", row: 5, column: "H", message: 'Waktu Penyelesaian harus berupa angka, bukan teks ("sebentar").' }]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a locked infojab, a stale version and a key of another instansi, writing nothing", async () => {
    const [c1, c2, c3] = cells;
    const file = await exportFile(op, { instansiId: mine.id });
    await db().infojab.update({ where: { petaJabatanId: c2.id }, data: { lockedAt: new Date() } });
    await db().infojab.update({ where: { petaJabatanId: c3.id }, data: { version: { increment: 1 } } });
    const before = await snapshot();
    const e = await importAs(op, file).catch((x) => x);
    const v1 = before.infojab.find((i) => i.petaJabatanId === c3.id)!.version;
    expect(e.masalah).toEqual([
      { sheet: "Jabatan", row: 3, column: "A", message: `Informasi jabatan ${c2.nama} sudah dikunci validasi; buka kunci validasi dulu untuk mengubahnya.` },
      { sheet: "Jabatan", row: 4, column: "E", message: `Informasi jabatan ${c3.nama} diubah di portal sejak file diunduh (versi file ${v1 - 1}, versi sekarang ${v1}). Unduh ulang file, lalu ulangi.` },
    ]);
    expect(await snapshot()).toEqual(before);
    // The other instansi's operator: its own instansi does not hold these keys.
    const foreign = await importAs(other, file, other.instansiId!).catch((x) => x);
    expect(foreign.masalah[0]).toEqual({ sheet: "Jabatan", row: 2, column: "A", message: `Kode Peta Jabatan ${c1.id} tidak ditemukan di instansi ini.` });
  });

  it("a forged import into another instansi is refused and logged", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const file = await exportFile(op, { instansiId: mine.id });
    await expect(importAs(other, file)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Anda tidak berwenang mengubah data instansi ini." });
    await expect(exportInfojabExcel(db(), other, { instansiId: mine.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { action: "AKSES_DITOLAK", userId: other.id, instansiId: mine.id } })).toBe(2);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it("exports a unit subtree and one jabatan; a jabatan id of another instansi is not found", async () => {
    const read = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb.getWorksheet("Jabatan")!.getSheetValues().slice(2).map((r) => (r as unknown[])[1]);
    };
    const bagian = await db().unor.findFirstOrThrow({ where: { instansiId: mine.id, nama: "Bagian Organisasi" } });
    expect(await read(await exportFile(op, { instansiId: mine.id, unorId: bagian.id }))).toEqual([cells[1].id, cells[2].id]);
    expect(await read(await exportFile(op, { instansiId: mine.id, petaJabatanId: cells[0].id }))).toEqual([cells[0].id]);
    await expect(exportInfojabExcel(db(), other, { instansiId: other.instansiId, petaJabatanId: cells[0].id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a template for one jabatan carries its key and version and imports into it", async () => {
    const c = cells[0];
    const t = await buildInfojabTemplate(db(), op, { petaJabatanId: c.id });
    const file = path.join(dir, "template.xlsx");
    const out = fs.createWriteStream(file);
    const closed = new Promise<void>((r) => out.on("close", () => r()));
    await t.write(out);
    await closed;
    const version = (await db().infojab.findUniqueOrThrow({ where: { petaJabatanId: c.id } })).version;
    const filled = await edit(file, (wb) => {
      expect(wb.getWorksheet("Jabatan")!.getRow(2).values).toEqual([undefined, c.id, c.nama, "FUNGSIONAL", "Sekretariat Daerah", version]);
      wb.getWorksheet("Tugas Pokok")!.addRow([c.id, 1, "Menyusun rencana", "", "", 2500, "TAHUN", 30, "JAM"]);
    });
    const r = await importAs(op, filled);
    // 2,500 × 30 jam = 4,500,000 min ÷ 75,000 = 60 exactly.
    expect(r.jabatan[0]).toMatchObject({ petaJabatanId: c.id, uraianDihapus: 1, uraianDiubah: 1, kebutuhanSesudah: 60 });
  });

  it("an import killed mid-transaction leaves the database exactly as before", async () => {
    const [c1, c2] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id }), (wb) => {
      tugasRow(wb, c1.id, 1).getCell(6).value = 500;
      tugasRow(wb, c2.id, 1).getCell(6).value = 500;
    });
    const before = await snapshot();
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "tests/integration/fixtures/import-infojab-child.ts", String(op.id), String(mine.id), file], {
      cwd: root,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: tsx runs the import in a grandchild, which a SIGKILL of tsx alone leaves
      // running (and, two minutes later, committing).
      detached: true,
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("IN_TX") && resolve());
      child.on("exit", (code) => reject(new Error(`anak selesai (${code}) sebelum transaksi: ${stderr}`)));
    });
    const exited = new Promise((r) => child.on("exit", r));
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});

/** Sets Beban Kerja of uraian No 1 of every listed cell in one pass over Tugas Pokok. */
const setBeban = (kode: Set<number>, volume: number) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet("Tugas Pokok")!;
  for (let r = 2; r <= ws.rowCount; r++) if (kode.has(ws.getCell(r, 1).value as number) && ws.getCell(r, 2).value === 1) ws.getCell(r, 6).value = volume;
};
const conflictMessage = (c: { id: number; nama: string }) => `Informasi jabatan ${c.nama} (kode ${c.id}) diubah di portal sejak file diunduh. Unduh ulang file, lalu ulangi.`;
const bumped = (s: Awaited<ReturnType<typeof snapshot>>, id: number) => ({ ...s, infojab: s.infojab.map((i) => (i.petaJabatanId === id ? { ...i, version: i.version + 1 } : i)) });

describe("infojab import between the check and the write (chunked writer)", () => {
  it("a save committed after the check: CONFLICT naming that jabatan, nothing written", async () => {
    const [, c2] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id }), setBeban(new Set(cells.map((c) => c.id)), 40));
    const before = await snapshot();
    const e = await importInfojabExcel(db(), op, { instansiId: mine.id, file }, async (tahap, selesai) => {
      if (tahap === "menyimpan" && selesai === 0) await db().infojab.update({ where: { petaJabatanId: c2.id }, data: { version: { increment: 1 } } });
    }).catch((x) => x);
    expect(e).toMatchObject({ code: "CONFLICT", message: conflictMessage(c2) });
    expect(await snapshot()).toEqual(bumped(before, c2.id));
  });

  it("a save the import's UPDATE waits for: the conditional update misses it, CONFLICT, the rows it did change roll back", async () => {
    const [, c2] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id }), setBeban(new Set(cells.map((c) => c.id)), 41));
    const before = await snapshot();
    // Another editor's save holds c2's row: the import reads the old version, then its UPDATE of
    // c1, c2, c3 waits on that row; the save commits only once the import is seen waiting.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    let waited = false;
    const e = await importInfojabExcel(db(), op, { instansiId: mine.id, file }, async (tahap, selesai) => {
      if (tahap !== "menyimpan" || selesai !== 0) return;
      await other.query("BEGIN");
      await other.query(`UPDATE "Infojab" SET version = version + 1 WHERE "petaJabatanId" = $1`, [c2.id]);
      void (async () => {
        for (let i = 0; i < 200 && !waited; i++) {
          const rows = await db().$queryRaw<unknown[]>`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%UPDATE "Infojab" f SET%'`;
          waited = rows.length > 0;
          if (!waited) await new Promise((r) => setTimeout(r, 25));
        }
        await other.query("COMMIT");
      })();
    }).catch((x) => x);
    await other.end();
    expect(waited).toBe(true);
    expect(e).toMatchObject({ code: "CONFLICT", message: conflictMessage(c2) });
    expect(await snapshot()).toEqual(bumped(before, c2.id));
  });

  it("a lock set after the check: LOCKED with the lock's own message, nothing written", async () => {
    const [, , c3] = cells;
    const file = await edit(await exportFile(op, { instansiId: mine.id }), setBeban(new Set(cells.map((c) => c.id)), 42));
    const before = await snapshot();
    const e = await importInfojabExcel(db(), op, { instansiId: mine.id, file }, async (tahap, selesai) => {
      if (tahap === "menyimpan" && selesai === 0) await db().infojab.update({ where: { petaJabatanId: c3.id }, data: { lockedAt: new Date("2026-12-01T03:00:00Z") } });
    }).catch((x) => x);
    expect(e).toMatchObject({ code: "LOCKED", message: `Informasi jabatan ${c3.nama} sudah dikunci validasi oleh pengguna lain pada 1 Desember 2026 pukul 10.00 WIB. Buka kunci validasi dulu untuk mengubahnya.` });
    expect(await snapshot()).toEqual(before);
  });
});

describe("infojab import of many jabatan (several chunks)", () => {
  const N = 1_100;
  let besar: { id: number };
  let opBesar: Actor;
  let big: { id: number; nama: string }[];
  const bigSnapshot = async () => ({
    infojab: await db().infojab.findMany({ where: { petaJabatan: { instansiId: besar.id } }, orderBy: { id: "asc" }, select: { id: true, version: true, updatedAt: true } }),
    peta: await db().petaJabatan.findMany({ where: { instansiId: besar.id }, orderBy: { id: "asc" }, select: { id: true, kebutuhan: true, version: true } }),
    uraian: await db().uraianTugas.count({ where: { infojab: { petaJabatan: { instansiId: besar.id } } } }),
    rekap: await db().rekapInstansiJabatan.aggregate({ where: { instansiId: besar.id }, _sum: { kebutuhan: true } }),
    audit: await db().auditLog.count({ where: { action: "IMPOR_INFOJAB", instansiId: besar.id } }),
  });

  beforeAll(async () => {
    besar = await makeInstansi({ nama: "Kabupaten Besar" });
    opBesar = await makeUser("OPERATOR", besar.id);
    const unit = await makeUnor(besar.id, null, "Sekretariat Daerah");
    const versi = (await getAturanBerlaku(db())).versi;
    const kode = Array.from({ length: N }, (_, i) => `BESAR-${besar.id}-${i}`);
    await db().jabatan.createMany({ data: kode.map((k, i) => ({ kode: k, nama: `Analis Besar ${i}`, jenis: "FUNGSIONAL" as const, kelas: 8, bup: 58 })) });
    const jabatan = await db().jabatan.findMany({ where: { kode: { in: kode } }, orderBy: { id: "asc" } });
    // 100 × 30 jam = 180,000 min ÷ 75,000 → K 3 (KE_ATAS).
    await db().petaJabatan.createMany({ data: jabatan.map((j) => ({ instansiId: besar.id, unorId: unit.id, jabatanId: j.id, kebutuhan: 3, sumberKebutuhan: "ABK" as const, aturanVersi: versi })) });
    const peta = await db().petaJabatan.findMany({ where: { instansiId: besar.id }, orderBy: { id: "asc" }, include: { jabatan: true } });
    await db().infojab.createMany({ data: peta.map((p) => ({ petaJabatanId: p.id, ikhtisar: "Menganalisis" })) });
    const infojab = await db().infojab.findMany({ where: { petaJabatanId: { in: peta.map((p) => p.id) } } });
    await db().uraianTugas.createMany({ data: infojab.map((f) => ({ infojabId: f.id, urutan: 0, uraian: "Menganalisis data", volume: 100, periode: "TAHUN" as const, waktu: 30, satuanWaktu: "JAM" as const })) });
    big = peta.map((p) => ({ id: p.id, nama: p.jabatan.nama }));
  });

  it("a conflict in the third chunk rolls back the two chunks already written", async () => {
    const file = await edit(await exportFile(opBesar, { instansiId: besar.id }), setBeban(new Set(big.map((c) => c.id)), 250));
    const before = await bigSnapshot();
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });
    const last = big[N - 1];
    const progress: number[] = [];
    const e = await importInfojabExcel(db(), opBesar, { instansiId: besar.id, file }, async (tahap, selesai) => {
      if (tahap !== "menyimpan") return;
      progress.push(selesai);
      if (selesai === 1_000) await db().infojab.update({ where: { petaJabatanId: last.id }, data: { version: { increment: 1 } } });
    }).catch((x) => x);
    expect(progress).toEqual([0, 500, 1_000]);
    expect(e).toMatchObject({ code: "CONFLICT", message: conflictMessage(last) });
    const after = await bigSnapshot();
    expect(after.peta).toEqual(before.peta);
    expect(after.infojab.filter((i) => i.id !== before.infojab.at(-1)!.id)).toEqual(before.infojab.slice(0, -1));
    expect({ ...after, infojab: null, peta: null }).toEqual({ ...before, infojab: null, peta: null });
  });

  it("every K changed over several chunks: each figure written, the recap follows exactly", async () => {
    const file = await edit(await exportFile(opBesar, { instansiId: besar.id }), setBeban(new Set(big.map((c) => c.id)), 250));
    const progress: number[] = [];
    const r = await importInfojabExcel(db(), opBesar, { instansiId: besar.id, file }, (tahap, selesai) => void (tahap === "menyimpan" && progress.push(selesai)));
    expect(progress).toEqual([0, 500, 1_000, 1_100]);
    // 250 × 30 jam = 450,000 min ÷ 75,000 = 6 exactly.
    expect(r.total).toEqual({ jabatanDibaca: N, jabatanBerubah: N, uraianDitambah: 0, uraianDiubah: N, uraianDihapus: 0, kebutuhanSebelum: 3 * N, kebutuhanSesudah: 6 * N });
    expect(r.jabatan[N - 1]).toEqual({ petaJabatanId: big[N - 1].id, nama: big[N - 1].nama, uraianDitambah: 0, uraianDiubah: 1, uraianDihapus: 0, bagianBerubah: [], kebutuhanSebelum: 3, kebutuhanSesudah: 6 });
    const after = await bigSnapshot();
    expect(new Set(after.peta.map((p) => p.kebutuhan))).toEqual(new Set([6]));
    expect(after.rekap._sum.kebutuhan).toBe(6 * N);
    expect(after.uraian).toBe(N);
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });
  });
});
