import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";

/** The infojab screen: Tugas Pokok computing as one types, Simpan, reload, Kunci / Buka Kunci Validasi. */

const uniq = () => Math.random().toString(36).slice(2, 7);

async function action(page: Page, nama: string, item: string) {
  await page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true }).click();
  await page.getByRole("menu", { name: `Aksi untuk ${nama}` }).getByRole("menuitem", { name: item, exact: true }).click();
}

/** A fresh unit with a Pranata Komputer Ahli Muda (K 5 by hand), opened on its infojab screen. */
async function openNewInfojab(page: Page) {
  const nama = `Bagian Infojab ${uniq()}`;
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  await action(page, "Biro Organisasi", "Tambah Unor Struktural");
  const unit = page.getByRole("dialog", { name: "Tambah Unor Struktural" });
  await unit.getByLabel("Nama unor").fill(nama);
  await unit.getByLabel("Jenjang jabatan kepala (eselon)").selectOption({ label: "Administrator" });
  await unit.getByRole("combobox", { name: "Jabatan kepala unor" }).fill("Kepala Bi");
  await page.getByRole("option", { name: /^Kepala Bidang/ }).first().click();
  await unit.getByRole("button", { name: "Simpan" }).click();
  await expect(unit).toBeHidden();
  await action(page, nama, "Tambah Jabatan Fungsional");
  const jf = page.getByRole("dialog", { name: "Tambah Jabatan Fungsional" });
  await jf.getByLabel("Jenjang").selectOption({ label: "Ahli Muda" });
  await jf.getByRole("combobox", { name: "Jabatan" }).fill("Pranata Komp");
  await page.getByRole("option", { name: /Pranata Komputer Ahli Muda/ }).first().click();
  await jf.getByLabel("Kebutuhan").fill("5");
  await jf.getByRole("button", { name: "Tambah" }).click();
  await expect(jf).toBeHidden();
  // The new leaf is the only Pranata Komputer row under the revealed unit: open its menu.
  const leaf = page.locator(".jabatan-row", { hasText: "Pranata Komputer Ahli Muda" }).filter({ hasText: "K 5" }).last();
  await leaf.getByRole("button", { name: "Aksi untuk Pranata Komputer Ahli Muda" }).click();
  await page.getByRole("menuitem", { name: "Info Jabatan", exact: true }).click();
  await expect(page).toHaveURL(/\/peta-jabatan\/\d+\/infojab$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pranata Komputer Ahli Muda");
  return nama;
}

async function fillRow(page: Page, i: number, r: { uraian: string; volume: string; periode: string; waktu: string; satuan: string }) {
  await page.getByLabel(`Uraian Tugas baris ${i}`).fill(r.uraian);
  await page.getByLabel(`Beban Kerja baris ${i}`).fill(r.volume);
  await page.getByLabel(`Periode baris ${i}`).selectOption({ label: r.periode });
  await page.getByLabel(`Waktu Penyelesaian baris ${i}`).fill(r.waktu);
  await page.getByLabel(`Satuan Waktu baris ${i}`).selectOption({ label: r.satuan });
}

test("Tugas Pokok computes kebutuhan as the operator types; Simpan stores it; the lock freezes and reopens it", async ({ page }) => {
  const unit = await openNewInfojab(page);
  await expect(page.getByTestId("header-k")).toHaveText("5");
  await expect(page.getByTestId("header-sumber")).toHaveText("sumber manual");

  // Hand-worked (WKE 75.000 menit): 4.000/tahun × 30 menit = 120.000; 20/hari × 250 × 15 menit = 75.000.
  await page.getByRole("button", { name: "Tambah Uraian Tugas" }).click();
  await fillRow(page, 1, { uraian: "Memelihara jaringan", volume: "4000", periode: "tahun", waktu: "30", satuan: "menit" });
  await expect(page.getByTestId("menit-0")).toHaveText("120.000");
  await expect(page.getByTestId("kebutuhan-pegawai")).toHaveText("2"); // 1,6 → 2
  await expect(page.getByTestId("kebutuhan-pecahan")).toHaveText("sebelum dibulatkan 1,6");
  await page.getByRole("button", { name: "Tambah Uraian Tugas" }).click();
  await fillRow(page, 2, { uraian: "Melayani permintaan bantuan", volume: "20", periode: "hari", waktu: "15", satuan: "menit" });
  await expect(page.getByTestId("total-beban")).toHaveText("195.000 menit");
  await expect(page.getByTestId("kebutuhan-pegawai")).toHaveText("3"); // 2,6 → 3
  await page.getByRole("button", { name: "Tampilkan penjelasan" }).click();
  await expect(page.locator(".penjelasan li").first()).toBeVisible();

  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tersimpan" })).toHaveText("Tersimpan. Kebutuhan pegawai: 3.");
  await page.reload();
  await expect(page.getByTestId("header-k")).toHaveText("3");
  await expect(page.getByTestId("header-sumber")).toContainText("sumber ABK · aturan");
  await expect(page.getByLabel("Uraian Tugas baris 2")).toHaveValue("Melayani permintaan bantuan");
  await expect(page.getByLabel("Beban Kerja baris 1")).toHaveValue("4000");

  // Cetak: the document's Tugas Pokok table, per row 1,6 and 1, Jumlah 2,6, kebutuhan 3.
  await page.getByRole("link", { name: "Cetak", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("INFORMASI JABATAN");
  // Unit Kerja as the form has it: the instansi once, then each level by its head's eselon.
  await expect(page.locator(".unit-lines tr")).toHaveText([
    "a. Instansi: Pemerintah Provinsi Jawa Barat",
    "b. JPT Madya: Sekretariat Daerah",
    "c. JPT Pratama: Biro Organisasi",
    `d. Administrator: ${unit}`,
  ]);
  const jumlah = page.getByRole("row", { name: /^Jumlah/ });
  await expect(jumlah).toHaveText(/Jumlah\s*2,6/);
  await expect(page.getByRole("row", { name: /^Kebutuhan pegawai \(dibulatkan/ })).toContainText("3");
  await page.goBack();

  await page.getByRole("button", { name: "Kunci Validasi" }).click();
  await page.getByRole("dialog", { name: "Kunci Validasi" }).getByRole("button", { name: "Kunci" }).click();
  await expect(page.getByRole("dialog", { name: "Kunci Validasi" })).toBeHidden();
  await expect(page.getByTestId("kunci-state")).toContainText("Dikunci validasi oleh");
  await expect(page.getByRole("button", { name: "Simpan", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Tambah Uraian Tugas" })).toHaveCount(0);

  await page.getByRole("button", { name: "Buka Kunci Validasi" }).click();
  const buka = page.getByRole("dialog", { name: "Buka Kunci Validasi" });
  await buka.getByLabel("Alasan membuka kunci").fill("Perlu menambah uraian tugas");
  await buka.getByRole("button", { name: "Buka Kunci" }).click();
  await expect(buka).toBeHidden();
  await expect(page.getByTestId("kunci-state")).toHaveText("Belum dikunci validasi.");
  await expect(page.getByRole("button", { name: "Simpan", exact: true })).toBeVisible();

  // The tree shows the new kebutuhan.
  await page.getByRole("link", { name: /← Pemerintah Provinsi Jawa Barat/ }).click();
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill(unit);
  await expect(page.locator(".jabatan-row", { hasText: "Pranata Komputer Ahli Muda" }).filter({ hasText: "K 3" })).toHaveCount(1);
});

test("UNDUH TEMPLATE, filled with exceljs, uploaded through the page: the rows and the new kebutuhan show", async ({ page }) => {
  const unit = await openNewInfojab(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "UNDUH TEMPLATE" }).click()]);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const kode = Number(wb.getWorksheet("Jabatan")!.getRow(2).getCell(1).value);
  expect(page.url()).toContain(`/peta-jabatan/${kode}/infojab`);
  // Hand-worked: 3.000 a year × 30 menit = 90.000 menit ÷ 75.000 = 1,2 → 2.
  wb.getWorksheet("Tugas Pokok")!.addRow([kode, 1, "Menyusun laporan jaringan", "Laporan", "laporan", 3000, "TAHUN", 30, "MENIT"]);
  const file = test.info().outputPath("infojab-terisi.xlsx");
  await wb.xlsx.writeFile(file);

  await page.getByLabel("Pilih file...").setInputFiles(file);
  await page.getByRole("button", { name: "Unggah", exact: true }).click();
  const laporan = page.locator(".unggah-infojab [role=status]").filter({ hasText: "→" });
  await expect(laporan).toContainText("5 → 2");
  await expect(page.getByTestId("header-k")).toHaveText("2");
  await expect(page.getByLabel("Uraian Tugas baris 1")).toHaveValue("Menyusun laporan jaringan");
  await expect(page.getByTestId("kebutuhan-pegawai")).toHaveText("2");

  await page.getByRole("link", { name: /← Pemerintah Provinsi Jawa Barat/ }).click();
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill(unit);
  await expect(page.locator(".jabatan-row", { hasText: "Pranata Komputer Ahli Muda" }).filter({ hasText: "K 2" })).toHaveCount(1);
});
