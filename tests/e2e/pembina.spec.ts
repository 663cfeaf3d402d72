import fs from "node:fs";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";
import { e2eDatabaseUrlFile } from "./db";

/**
 * Unor pembina in the tree: operator.depok brings two schools of the demo reference into Dinas
 * Pendidikan, then places the standard's guru in one and sees K in the tree. The units are removed
 * again afterwards, so the demo's figures are as they were for the specs that follow.
 */

const NPSN = ["20229001", "20229002"]; // SD Negeri Beji 3, SD Negeri Kemiri Muka 1 (prisma/seed/demo-pembina.ts)

test.afterAll(async () => {
  const client = new pg.Client({ connectionString: fs.readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8") });
  await client.connect();
  try {
    await client.query(`DELETE FROM "PetaJabatan" WHERE "unorId" IN (SELECT id FROM "Unor" WHERE "kodePembina" = ANY($1))`, [NPSN]);
    await client.query(`DELETE FROM "Unor" WHERE "kodePembina" = ANY($1)`, [NPSN]);
  } finally {
    await client.end();
  }
});

const tree = (page: Page) => page.getByRole("tree", { name: "Struktur unor dan jabatan" });

async function action(page: Page, nama: string, item: string) {
  await page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true }).click();
  await page.getByRole("menu", { name: `Aksi untuk ${nama}` }).getByRole("menuitem", { name: item, exact: true }).click();
}

async function search(page: Page, term: string) {
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill(term);
  await expect(page.locator(".tree-wrap")).toHaveAttribute("data-search", term.trim().toLocaleLowerCase("id"));
}

test("operator imports schools under Dinas Pendidikan, then Import Jabatan Guru gives K by the standard", async ({ page }) => {
  await login(page, "operator.depok");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  await expect(tree(page)).toBeVisible();

  // The menu offers the pembina imports on Dinas Pendidikan only.
  await page.getByRole("button", { name: "Aksi untuk Sekretariat Daerah", exact: true }).click();
  await expect(page.getByRole("menuitem", { name: "Import Unor Pembina" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  // The tree is virtualised: bring the unit into view by searching for it.
  await search(page, "Dinas Pendidikan");
  await action(page, "Dinas Pendidikan", "Import Unor Pembina");
  const dialog = page.getByRole("dialog", { name: "Import Unor Pembina" });
  const table = dialog.getByRole("table", { name: "Data referensi unor pembina" });
  // Schools already in the tree are listed but cannot be picked again.
  await expect(dialog.getByRole("checkbox", { name: "Pilih SD Negeri Beji 1" })).toBeDisabled();
  await dialog.getByLabel("Jenjang").selectOption("SD");
  await dialog.getByRole("searchbox", { name: "Cari" }).fill("Beji 3");
  // SD Negeri Beji 3: pupils 68, 75, 82, 64, 71, 78 → 3 rombel each (max 28) = 18 rombel;
  // K = 18 guru kelas + agama 18 × 4 JP ÷ 24 = 3 + PJOK 18 × 3 ÷ 24 = 2.25 → 2 + 1 kepala = 24.
  const beji = table.getByRole("row").filter({ hasText: "SD Negeri Beji 3" });
  await expect(beji).toContainText("20229001");
  await expect(beji.getByRole("cell").nth(5)).toHaveText("18");
  await expect(beji.getByRole("cell").nth(6)).toHaveText("24");
  await dialog.getByRole("checkbox", { name: "Pilih SD Negeri Beji 3" }).check();
  await dialog.getByRole("searchbox", { name: "Cari" }).fill("Kemiri");
  await dialog.getByRole("checkbox", { name: "Pilih SD Negeri Kemiri Muka 1" }).check();
  await expect(dialog.getByText("2 dipilih.")).toBeVisible();
  await dialog.getByRole("button", { name: "Impor 2 unor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 unor pembina ditambahkan di bawah Dinas Pendidikan." })).toBeVisible();

  // Never twice: the reference now marks them as in the tree.
  await action(page, "Dinas Pendidikan", "Import Unor Pembina");
  await dialog.getByRole("searchbox", { name: "Cari" }).fill("Beji 3");
  await expect(dialog.getByRole("checkbox", { name: "Pilih SD Negeri Beji 3" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Batal" }).click();

  await search(page, "SD Negeri Beji 3");
  await action(page, "SD Negeri Beji 3", "Import Jabatan Guru");
  const guru = page.getByRole("dialog", { name: "Import Jabatan Guru" });
  await guru.getByRole("button", { name: "Tempatkan jabatan" }).click();
  const hasil = page.getByRole("dialog", { name: "Hasil Import Jabatan Guru" });
  await expect(hasil).toContainText("4 jabatan ditempatkan, 0 diperbarui di 1 sekolah (standar SEKOLAH-47/2023)");
  await hasil.getByRole("button", { name: "Tutup", exact: true }).click();

  const row = tree(page).getByRole("treeitem").filter({ hasText: "SD Negeri Beji 3" }).first();
  await expect(row).toContainText(/K 24\b/);
  await expect(tree(page).getByRole("treeitem").filter({ hasText: "Guru Ahli Pertama - Guru Kelas" }).first()).toContainText(/K 18\b/);
});

test("admin loads reference data (a bad row refuses the file) and adds a standard version", async ({ page }) => {
  await login(page, "admin");
  await expect(page).not.toHaveURL(/\/login$/);
  await page.getByRole("link", { name: "Referensi Pembina" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referensi Unor Pembina");
  const form = page.getByRole("form", { name: "Impor data referensi" });
  const head = "npsn,nama,jenjang,kode_instansi,kecamatan,siswa_1,siswa_2,siswa_3,siswa_4,siswa_5,siswa_6";
  const file = (body: string) => ({ name: "sekolah.csv", mimeType: "text/csv", buffer: Buffer.from(`${head}\n${body}\n`) });
  await form.getByLabel("File (.csv atau .xlsx)").setInputFiles(file("2030001,SD Uji E2E,SD,BKN,,10,10,10,10,10,10"));
  await form.getByRole("button", { name: "Unggah dan impor" }).click();
  await expect(form.getByRole("alert")).toContainText("Baris 2, kolom npsn: NPSN harus 8 digit.");
  await form.getByLabel("File (.csv atau .xlsx)").setInputFiles(file("20390001,SD Uji E2E,SD,BKN,,10,10,10,10,10,10"));
  await form.getByRole("button", { name: "Unggah dan impor" }).click();
  await expect(form.getByRole("status")).toHaveText("Impor selesai: 1 baris, 1 ditambah, 0 diperbarui.");

  // A later version, prefilled from the one in force; dated far ahead so no other journey computes with it.
  const standar = page.getByRole("form", { name: "Tambah versi standar" });
  await expect(standar.getByLabel(/^Aturan/)).toHaveValue(/"maxRombel": 28/);
  await standar.getByLabel("Versi", { exact: true }).fill("SEKOLAH-E2E");
  await standar.getByLabel("Berlaku mulai").fill("2099-01-01");
  await standar.getByLabel("Sumber hukum").fill("Versi uji browser");
  await standar.getByRole("button", { name: "Simpan versi" }).click();
  await expect(standar.getByRole("status")).toHaveText("Versi standar SEKOLAH-E2E ditambahkan.");
  await expect(page.getByRole("cell", { name: "SEKOLAH-E2E", exact: true })).toBeVisible();
});
