import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";
import { formatAngka } from "../../lib/format";

/**
 * The tree page's figures are the instansi's recap: a deactivated unit counts in none of them, and
 * they follow each change at once. Uses its own uniquely named unit (and removes it at the end).
 */

const angka = (s: string) => Number(s.replace(/\./g, "").replace("−", "-"));
const figure = (page: Page, label: string) => page.getByLabel("Ringkasan peta jabatan").locator("div").filter({ hasText: label }).locator("dd");
const status = (page: Page) => page.getByRole("status");

async function action(page: Page, nama: string, item: string) {
  await page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true }).click();
  await page.getByRole("menu", { name: `Aksi untuk ${nama}` }).getByRole("menuitem", { name: item, exact: true }).click();
}

async function confirm(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("a unit's head counts in the summary while active, not while inactive", async ({ page }) => {
  const nama = `Bidang Rekap ${Math.random().toString(36).slice(2, 7)}`;
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  const k0 = angka(await figure(page, "Kebutuhan").innerText());
  const b0 = angka(await figure(page, "Existing").innerText());

  await action(page, "Biro Umum", "Tambah Unor Struktural");
  const dialog = page.getByRole("dialog", { name: "Tambah Unor Struktural" });
  await dialog.getByLabel("Nama unor").fill(nama);
  await dialog.getByLabel("Jenjang jabatan kepala (eselon)").selectOption({ label: "Administrator" });
  await dialog.getByRole("combobox", { name: "Jabatan kepala unor" }).fill("Kepala Bi");
  await page.getByRole("option", { name: /^Kepala Bidang/ }).first().click();
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog).toBeHidden();
  // The new unit's head: kebutuhan 1, nobody in it yet.
  await expect(figure(page, "Kebutuhan")).toHaveText(formatAngka(k0 + 1));
  await expect(figure(page, "Existing")).toHaveText(formatAngka(b0));

  await action(page, nama, "Non Aktifkan Unor");
  await confirm(page, "Non Aktifkan Unor", "Non Aktifkan");
  await expect(status(page)).toContainText(`${nama} dinonaktifkan`);
  await expect(figure(page, "Kebutuhan")).toHaveText(formatAngka(k0));
  // Shown or not, an inactive unit stays out of the figures.
  await page.getByLabel("Tampilkan unor nonaktif").check();
  await expect(page).toHaveURL(/nonaktif=1/);
  await expect(figure(page, "Kebutuhan")).toHaveText(formatAngka(k0));

  await action(page, nama, "Aktifkan Unor");
  await confirm(page, "Aktifkan Unor", "Aktifkan");
  await expect(figure(page, "Kebutuhan")).toHaveText(formatAngka(k0 + 1));
  await action(page, nama, "Hapus Unor");
  await confirm(page, "Hapus Unor", "Hapus");
  await expect(status(page)).toContainText(`Unor ${nama} dihapus.`);
  await expect(figure(page, "Kebutuhan")).toHaveText(formatAngka(k0));
});
