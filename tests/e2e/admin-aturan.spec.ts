import fs from "node:fs";
import pg from "pg";
import { expect, test } from "./fixtures";
import { e2eDatabaseUrlFile } from "./db";
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

async function withDb<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: fs.readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8") });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** The national ABK recompute runs behind the page: progress while it runs, the result when it ends, kept after a reload. */
test("admin starts the national ABK recompute and follows it to its result", async ({ page }) => {
  // One ABK cell carries a figure its uraian tugas do not give (as after a rule change): the recompute must put it back.
  const { id, k, sel } = await withDb(async (c) => {
    const cell = (await c.query(`SELECT p.id, p.kebutuhan AS k FROM "PetaJabatan" p JOIN "Infojab" i ON i."petaJabatanId" = p.id
      WHERE p."sumberKebutuhan" = 'ABK' AND EXISTS (SELECT 1 FROM "UraianTugas" t WHERE t."infojabId" = i.id) ORDER BY p.id LIMIT 1`)).rows[0];
    await c.query(`UPDATE "PetaJabatan" SET kebutuhan = kebutuhan + 7 WHERE id = $1`, [cell.id]);
    const n = (await c.query(`SELECT count(DISTINCT p.id)::int AS n FROM "PetaJabatan" p JOIN "Infojab" i ON i."petaJabatanId" = p.id
      JOIN "UraianTugas" t ON t."infojabId" = i.id WHERE p."sumberKebutuhan" = 'ABK'`)).rows[0].n;
    return { id: cell.id as number, k: cell.k as number, sel: n as number };
  });
  await login(page, "admin");
  await expect(page).toHaveURL(/\/instansi$/, { timeout: 20_000 });
  await page.goto("/admin/aturan");
  const button = page.getByRole("button", { name: "Hitung ulang kebutuhan ABK" });
  await button.click();
  const selesai = page.getByRole("status").filter({ hasText: /^Selesai / });
  await expect(selesai).toHaveText(
    new RegExp(`^Selesai .+ WIB dalam \\d+ detik: ${sel.toLocaleString("id-ID").replace(".", "\\.")} sel ABK diperiksa, 1 berubah \\(aturan PERMENPANRB-1-2020\\)\\.$`),
    { timeout: 30_000 },
  );
  await expect(button).toBeEnabled();
  expect(await withDb(async (c) => (await c.query(`SELECT kebutuhan AS k FROM "PetaJabatan" WHERE id = $1`, [id])).rows[0].k)).toBe(k);
  const text = await selesai.textContent();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: /^Selesai / })).toHaveText(text!);
});
