import { expect, test } from "./fixtures";
import { login } from "./helpers";

const angka = (s: string) => Number(s.replace(/\./g, "").replace("−", "-"));

test("pimpinan reads one jabatan nationally, with the agencies that have excess or shortage", async ({ page }) => {
  await login(page, "pimpinan");
  await expect(page).toHaveURL(/\/dashboard$/);
  const nasionalK = angka(await page.getByTestId("rekap-kebutuhan").innerText());
  // Net and gross are shown apart: gross kekurangan − gross kelebihan = −(net selisih).
  const selisih = angka(await page.getByTestId("rekap-selisih").innerText());
  const lebih = angka(await page.getByTestId("rekap-kelebihan").innerText());
  const kurang = angka(await page.getByTestId("rekap-kekurangan").innerText());
  expect(lebih - kurang).toBe(selisih);
  await expect(page.getByRole("table", { name: "Proyeksi pensiun lima tahun" })).toBeVisible();

  await page.getByLabel("Cari jabatan").fill("Pranata Komputer Ahli Muda");
  await page.getByRole("link", { name: "Pranata Komputer Ahli Muda" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pranata Komputer Ahli Muda");
  const jabK = angka(await page.getByTestId("rekap-kebutuhan").innerText());
  expect(jabK).toBeGreaterThan(0);
  expect(jabK).toBeLessThan(nasionalK);
  const table = page.getByRole("table").filter({ hasText: "Instansi" }).first();
  await expect(table.getByRole("link", { name: "Badan Kepegawaian Negara" })).toBeVisible();
  // The breakdown sorts and filters in the browser.
  await page.getByLabel("Cari instansi…").fill("Depok");
  await expect(table.getByRole("link", { name: "Badan Kepegawaian Negara" })).toHaveCount(0);
});
