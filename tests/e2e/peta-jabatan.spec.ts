import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { makeE2eUser, query } from "./db";
import { login, logout } from "./helpers";
import { formatAngka } from "../../lib/format";

const PIMPINAN_PASSWORD = "Pimpinan-Uji-E2E-2026";

/**
 * The Peta Jabatan tab as operator.jabar uses it: filter to shortages, open a unit (by keyboard),
 * download the Excel and read it back, open the print view. Expected figures are read from the
 * database the server uses (the demo data), with the rule the tab must follow: active units only.
 */


test("peta jabatan: shortages only, open a unit, Unduh Excel read back, Cetak", async ({ page }) => {
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/, { timeout: 20_000 });
  const instansiId = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);

  // A unit just below the root, with a unique name and the most shortages placed in it directly.
  const [unit] = await query<{ id: number; nama: string; root: string }>(
    `SELECT u.id, u.nama, r.nama AS root FROM "Unor" u JOIN "Unor" r ON r.id = u."parentId" AND r."parentId" IS NULL
     JOIN "PetaJabatan" p ON p."unorId" = u.id AND p.kebutuhan > p.existing
     WHERE u."instansiId" = $1 AND u.aktif AND (SELECT count(*) FROM "Unor" x WHERE x."instansiId" = $1 AND x.nama = u.nama) = 1
     GROUP BY u.id, r.nama ORDER BY count(*) DESC, u.id LIMIT 1`,
    [instansiId],
  );
  const kurang = await query<{ nama: string }>(
    `SELECT j.nama FROM "PetaJabatan" p JOIN "Jabatan" j ON j.id = p."jabatanId" WHERE p."unorId" = $1 AND p.kebutuhan > p.existing`,
    [unit.id],
  );
  expect(kurang.length).toBeGreaterThan(0);

  await page.getByRole("navigation", { name: "Menu instansi" }).getByRole("link", { name: "Peta Jabatan" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${instansiId}/peta-jabatan$`));
  await expect(page.getByRole("heading", { name: "Peta Jabatan", level: 1 })).toBeVisible();
  const grid = page.getByRole("treegrid");
  await expect(grid).toBeVisible();

  await page.getByLabel("Selisih").selectOption({ label: "Hanya kekurangan" });
  await page.getByRole("button", { name: "Tutup semua" }).click();
  await expect(grid.locator('[data-kind="jabatan"]')).toHaveCount(0);
  await page.getByRole("button", { name: `Buka ${unit.root}` }).click();
  // Open the unit from the keyboard: focus its row, → opens it.
  const unitRow = grid.locator('[data-kind="unor"][aria-level="2"]').filter({ hasText: unit.nama });
  await unitRow.click();
  await expect(unitRow).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(unitRow).toHaveAttribute("aria-expanded", "true");

  const shown = grid.locator('[data-kind="jabatan"][aria-level="3"]');
  await expect(shown).toHaveCount(kurang.length);
  const names = await shown.locator('[role="gridcell"]:first-child').allInnerTexts();
  expect(names.map((s) => s.trim()).sort()).toEqual(kurang.map((k) => k.nama).sort());
  // Every shortage says so in words, not only in colour.
  for (const text of await shown.locator('[role="gridcell"]:last-child').allInnerTexts()) expect(text).toMatch(/^−[\d.]+ kurang$/);

  const [total] = await query<{ k: string; b: string }>(`SELECT sum(kebutuhan) k, sum(existing) b FROM "RekapInstansiJabatan" WHERE "instansiId" = $1`, [instansiId]);
  const [sub] = await query<{ k: string; b: string }>(
    `SELECT sum(p.kebutuhan) k, sum(p.existing) b FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" AND u.aktif WHERE u."path" @> ARRAY[$1::int]`,
    [unit.id],
  );

  // The unit's row carries its whole subtree's K and B (filters hide rows, they never re-sum).
  const unitCells = unitRow.getByRole("gridcell");
  await expect(unitCells.nth(3)).toHaveText(formatAngka(Number(sub.k)));
  await expect(unitCells.nth(4)).toHaveText(formatAngka(Number(sub.b)));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^peta-jabatan-PROV-JABAR-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.getWorksheet("Peta Jabatan")!;
  const values = (r: number) => [1, 2, 3, 4, 5].map((c) => ws.getRow(r).getCell(c).value ?? null);
  expect(values(2)[0]).toBe("Pemerintah Provinsi Jawa Barat");
  expect(values(5)).toEqual(["JABATAN", "KELAS", "B", "K", "+/-"]);
  const [B, K] = [Number(total.b), Number(total.k)];
  expect(values(6)).toEqual(["JUMLAH INSTANSI", null, B, K, B - K]);
  let subtotal: unknown[] | null = null;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === `Jumlah ${unit.nama}`) subtotal = values(n);
  });
  const [sb, sk] = [Number(sub.b), Number(sub.k)];
  expect(subtotal).toEqual([`Jumlah ${unit.nama}`, null, sb, sk, sb - sk]);

  await page.getByRole("link", { name: "Cetak" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${instansiId}/peta-jabatan/cetak$`));
  const doc = page.getByRole("article", { name: "Cetak peta jabatan Pemerintah Provinsi Jawa Barat" });
  await expect(doc.getByRole("heading", { name: "PETA JABATAN" })).toBeVisible();
  await expect(doc.getByRole("columnheader")).toHaveText(["JABATAN", "KELAS", "B", "K", "+/-"]);
  await expect(doc.getByRole("row").filter({ hasText: `Jumlah ${unit.nama}` })).toContainText(formatAngka(sk));
  await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
});

test("peta jabatan of another instansi: refused for an operator, readable for pimpinan", async ({ page }) => {
  const [depok] = await query<{ id: number; nama: string }>(`SELECT id, nama FROM "Instansi" WHERE kode <> 'PROV-JABAR' AND nama LIKE '%Depok%' LIMIT 1`);
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/, { timeout: 20_000 });
  for (const path of ["peta-jabatan", "peta-jabatan/cetak"]) {
    await page.goto(`/instansi/${depok.id}/${path}`);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  }
  const foreign = await page.request.get(`/api/v1/instansi/${depok.id}/peta-jabatan/export`);
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toBe("Anda tidak berwenang membaca data instansi ini.");

  await logout(page);
  // A pimpinan of its own: pengguna.spec resets the demo pimpinan's password.
  await login(page, await makeE2eUser("PIMPINAN", PIMPINAN_PASSWORD), PIMPINAN_PASSWORD);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto(`/instansi/${depok.id}/peta-jabatan`);
  await expect(page.getByText(`${depok.nama} ·`)).toBeVisible();
  const [{ k }] = await query<{ k: string }>(`SELECT sum(kebutuhan) k FROM "RekapInstansiJabatan" WHERE "instansiId" = $1`, [depok.id]);
  await expect(page.getByRole("region", { name: "Jumlah instansi" }).locator(".card").first()).toContainText(formatAngka(Number(k)));
  const own = await page.request.get(`/api/v1/instansi/${depok.id}/peta-jabatan/export`);
  expect(own.status()).toBe(200);
});
