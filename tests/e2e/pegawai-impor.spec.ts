import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { query } from "./db";
import { login } from "./helpers";

/**
 * Impor Pegawai through the page, as operator.depok: download the template, fill it (with exceljs)
 * with two new pegawai in one placed jabatan of Kota Depok's top unit, upload, read the preview,
 * apply, and see that jabatan's B rise by exactly 2 on the Struktur tree and in the Peta Jabatan table.
 */


/** A valid NIP for a birth date (YYYY-MM-DD): TMT CPNS 2015-01, pria, a random urut. */
const nipFor = (lahir: string, urut: number) => `${lahir.replaceAll("-", "")}2015011${String(urut).padStart(3, "0")}`;

test("operator.depok imports two pegawai from the filled template and B of their jabatan rises by 2 in Struktur and the Peta Jabatan table", async ({ page }) => {
  await login(page, "operator.depok");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  const instansiId = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
  // A jabatan placed once in the instansi, in the root or a unit right under it (open in the tree at first sight).
  const [cell] = await query<{ unorId: number; kode: string; nama: string; kebutuhan: number; existing: number }>(
    `SELECT p."unorId", j.kode, j.nama, p.kebutuhan, p.existing FROM "PetaJabatan" p
     JOIN "Unor" u ON u.id = p."unorId" JOIN "Jabatan" j ON j.id = p."jabatanId"
     WHERE p."instansiId" = $1 AND u.aktif AND array_length(u.path, 1) <= 2
       AND (SELECT count(*) FROM "PetaJabatan" q WHERE q."instansiId" = p."instansiId" AND q."jabatanId" = p."jabatanId") = 1
     ORDER BY array_length(u.path, 1), u.urutan, p.urutan, p.id LIMIT 1`,
    [instansiId],
  );
  expect(cell).toBeTruthy();
  const row = page.locator(".jabatan-row", { hasText: cell.nama });
  await expect(row).toContainText(`K ${cell.kebutuhan} · B ${cell.existing}`);

  await page.goto(`/instansi/${instansiId}/pegawai/impor`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor Pegawai");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh Template" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Pegawai", "Petunjuk", "Daftar Unor", "Daftar Jabatan"]);
  const ws = wb.getWorksheet("Pegawai")!;
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["NIP", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Jenis", "Kode Jabatan", "Unor", "Pendidikan", "TMT Jabatan"]);
  // The unit by its full path, as the template lists it.
  let jalur = "";
  wb.getWorksheet("Daftar Unor")!.eachRow((r) => {
    if (r.getCell(1).value === cell.unorId) jalur = String(r.getCell(2).value);
  });
  expect(jalur).not.toBe("");
  let kodeListed = false;
  wb.getWorksheet("Daftar Jabatan")!.eachRow((r) => void (r.getCell(1).value === cell.kode && (kodeListed = true)));
  expect(kodeListed).toBe(true);

  const urut = 100 + Math.floor(Math.random() * 800);
  const lahir = ["1991-04-17", "1993-10-02"];
  lahir.forEach((l, i) => ws.addRow([nipFor(l, urut + i), `Pegawai Impor E2E ${i + 1}`, new Date(`${l}T00:00:00Z`), "L", "PNS", cell.kode, jalur, "S1", ""]));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pegawai-")), "pegawai-depok.xlsx");
  await wb.xlsx.writeFile(file);

  await page.getByLabel("File pegawai (.xlsx atau .csv)").setInputFiles(file);
  await expect(page.getByRole("button", { name: "Terapkan Impor" })).toBeDisabled();
  await page.getByRole("button", { name: "Pratinjau" }).click();
  const ringkasan = page.getByRole("list", { name: "Ringkasan perubahan" });
  await expect(ringkasan).toContainText("Baris dibaca: 2");
  await expect(ringkasan).toContainText("Pegawai ditambahkan: 2");
  await expect(ringkasan).toContainText("Pegawai diperbarui: 0");
  await expect(page.getByRole("table", { name: "Contoh pegawai yang ditambahkan" })).toContainText("Pegawai Impor E2E 2");

  await page.getByRole("button", { name: "Terapkan Impor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Impor selesai" })).toHaveText("Impor selesai: 2 pegawai ditambahkan, 0 diperbarui. (2 baris, 0 tidak berubah.)");

  await page.goto(`/instansi/${instansiId}/unor`);
  await expect(row).toContainText(`K ${cell.kebutuhan} · B ${cell.existing + 2}`);
  // And in the Peta Jabatan table: columns jabatan, jenis, jenjang, kelas, K, B, selisih.
  await page.goto(`/instansi/${instansiId}/peta-jabatan`);
  await page.getByLabel("Cari jabatan atau unit").fill(cell.nama);
  const pj = page.getByRole("treegrid").locator('[data-kind="jabatan"]').filter({ hasText: cell.nama });
  await expect(pj).toHaveCount(1);
  await expect(pj.getByRole("gridcell").nth(5)).toHaveText(String(cell.existing + 2));
});

test("a file with a wrong NIP is refused on the page with its row and column, and nothing is imported", async ({ page }) => {
  await login(page, "operator.depok");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  const instansiId = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pegawai-")), "salah.csv");
  fs.writeFileSync(file, "NIP,Nama,Tanggal Lahir,Jenis Kelamin,Jenis,Kode Jabatan,Unor,Pendidikan,TMT Jabatan\n19910417201501,Salah,1991-04-17,L,PNS,,1,,\n");
  await page.goto(`/instansi/${instansiId}/pegawai/impor`);
  await page.getByLabel("File pegawai (.xlsx atau .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Pratinjau" }).click();
  const alert = page.getByRole("region", { name: "Impor pegawai dari file" }).getByRole("alert");
  await expect(alert).toContainText("Tidak ada data yang disimpan.");
  await expect(alert.getByRole("row").nth(1)).toHaveText(/^2\s*A\s*NIP harus 18 digit angka\.$/);
  await expect(page.getByRole("button", { name: "Terapkan Impor" })).toBeDisabled();
});

test("a verifikator sees the page read-only; a forged upload for another instansi is refused with 403 and imports nothing", async ({ page }) => {
  const [depok] = await query<{ id: number }>(`SELECT id FROM "Instansi" WHERE nama = 'Pemerintah Kota Depok'`);
  const before = await query<{ n: string }>(`SELECT count(*) AS n FROM "Pegawai" WHERE "instansiId" = $1`, [depok.id]);
  const csv = "NIP,Nama,Tanggal Lahir,Jenis Kelamin,Jenis,Kode Jabatan,Unor,Pendidikan,TMT Jabatan\n199104172015011901,Palsu,1991-04-17,L,PNS,,1,,\n";
  const upload = (p: typeof page) =>
    p.request.post(`/api/v1/instansi/${depok.id}/pegawai/impor?mode=GANTI&format=csv`, { multipart: { file: { name: "p.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });

  await login(page, "verifikator");
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/instansi/${depok.id}/pegawai/impor`);
  await expect(page.getByText("Peran Anda hanya dapat membaca data instansi ini; impor dilakukan oleh operator instansi.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pratinjau" })).toHaveCount(0);
  const template = await page.request.get(`/api/v1/instansi/${depok.id}/pegawai/template`);
  expect(template.status()).toBe(200);
  expect(template.headers()["content-disposition"]).toContain("template-impor-pegawai-");
  const asVerifikator = await upload(page);
  expect(asVerifikator.status()).toBe(403);
  expect((await asVerifikator.json()).error).toBe("Anda tidak berwenang mengubah data instansi ini.");

  await page.context().clearCookies();
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  expect((await upload(page)).status()).toBe(403);
  expect(await query<{ n: string }>(`SELECT count(*) AS n FROM "Pegawai" WHERE "instansiId" = $1`, [depok.id])).toEqual(before);
});
