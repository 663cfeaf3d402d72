import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { exportInfojabExcel } from "@/lib/services/infojab/export-infojab-excel";
import { importInfojabExcel } from "@/lib/services/infojab/import-infojab-excel";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";

/**
 * A workbook that went through LibreOffice Calc (its own xlsx writer: shared strings, styles, its
 * data validation) imports as ours does. Needs `soffice` (Debian: libreoffice-calc-nogui), which
 * `npm test` does not install; without it this test is reported as skipped, not passed.
 */
const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
const soffice = (to: string, file: string) => {
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", to, "--outdir", path.join(dir, to.split(":")[0]), file], { stdio: "pipe" });
  return path.join(dir, to.split(":")[0], path.basename(file).replace(/\.[a-z]+$/, `.${to.split(":")[0]}`));
};

it.skipIf(!hasSoffice)("imports a workbook re-saved by LibreOffice Calc unchanged, and one edited there with the new beban and K", async () => {
  const inst = await makeInstansi();
  const op = await makeUser("OPERATOR", inst.id);
  const unor = await makeUnor(inst.id, null, "Sekretariat");
  const j = await makeJabatan({ jenis: "FUNGSIONAL" });
  const versi = (await getAturanBerlaku(db())).versi;
  const c = await db().petaJabatan.create({ data: { instansiId: inst.id, unorId: unor.id, jabatanId: j.id, kebutuhan: 30, sumberKebutuhan: "ABK", aturanVersi: versi } });
  await db().infojab.create({ data: { petaJabatanId: c.id, ikhtisar: "Menyusun =SUM(A1) rencana", tanggungJawab: ["Ketepatan data"], uraianTugas: { create: [
    { urutan: 0, uraian: "Menghimpun data formasi", volume: 1234, periode: "TAHUN", waktu: 30, satuanWaktu: "JAM" },
    { urutan: 1, uraian: "Menyusun laporan", volume: 4, periode: "TAHUN", waktu: 90, satuanWaktu: "MENIT" },
  ] } } });
  const file = path.join(dir, "infojab.xlsx");
  const ex = await exportInfojabExcel(db(), op, { instansiId: inst.id });
  const out = fs.createWriteStream(file);
  const closed = new Promise<void>((r) => out.on("close", () => r()));
  await ex.write(out);
  await closed;

  const resaved = soffice("xlsx:Calc MS Excel 2007 XML", file);
  const same = await importInfojabExcel(db(), op, { instansiId: inst.id, file: resaved });
  expect(same.pesan).toBe("Tidak ada perubahan.");

  // An edit in Calc, made headless: the flat ODS is XML; its 1,234/tahun beban becomes 617.
  const fods = soffice("fods", file);
  const xml = fs.readFileSync(fods, "utf8");
  const edited = xml.replace(/office:value="1234"([^>]*)>(\s*)<text:p>1234<\/text:p>/, 'office:value="617"$1>$2<text:p>617</text:p>');
  expect(edited).not.toBe(xml);
  const efods = path.join(dir, "ubah.fods");
  fs.writeFileSync(efods, edited);
  const back = soffice("xlsx:Calc MS Excel 2007 XML", efods);
  const r = await importInfojabExcel(db(), op, { instansiId: inst.id, file: back });
  // 617 × 30 jam × 60 + 4 × 90 = 1,110,960 menit ÷ 75,000 = 14.81 → 15 (was 2,221,560 → 29.62 → 30).
  expect(r.jabatan).toMatchObject([{ petaJabatanId: c.id, uraianDiubah: 1, kebutuhanSebelum: 30, kebutuhanSesudah: 15 }]);
  const ij = await db().infojab.findUniqueOrThrow({ where: { petaJabatanId: c.id } });
  // Written as text by us, kept as text by Calc: not turned into a formula on the way.
  expect(ij.ikhtisar).toBe("Menyusun =SUM(A1) rencana");
}, 120_000);
