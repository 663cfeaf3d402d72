import { expect, test } from "./fixtures";
import { login } from "./helpers";

/** The admin list of ABK rule versions, read through lib/data/aturan. */
test("admin reads every ABK rule version, latest start first, with the one in force marked", async ({ page }) => {
  await login(page, "admin");
  // The first sign-in on a freshly started server took over 5 s on this shared machine.
  await expect(page).toHaveURL(/\/instansi$/, { timeout: 20_000 });
  await page.goto("/admin/aturan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aturan Perhitungan ABK");
  await expect(page.getByText("Aturan yang berlaku hari ini:")).toContainText("PERMENPANRB-1-2020");
  const rows = page.locator("table.data tbody tr");
  await expect(rows).toHaveCount(2);
  const first = rows.nth(0).locator("td");
  await expect(first.nth(0)).toHaveText("PERMENPANRB-1-2020 berlaku");
  await expect(first.nth(1)).toHaveText("2020-01-01");
  await expect(first.nth(2)).toHaveText("75.000");
  await expect(first.nth(5)).toHaveText("Permenpan RB No. 1 Tahun 2020 (WKE 1.250 jam/tahun)");
  const second = rows.nth(1).locator("td");
  await expect(second.nth(0)).toHaveText("PERKABKN-19-2011");
  await expect(second.nth(1)).toHaveText("2011-01-01");
  await expect(second.nth(2)).toHaveText("72.000");
  await expect(second.nth(5)).toHaveText("Perka BKN No. 19 Tahun 2011 (WKE 1.200 jam/tahun)");
});
