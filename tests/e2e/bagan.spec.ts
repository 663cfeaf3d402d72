import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";

/**
 * The bagan peta jabatan and the Struktur tree's subtree figures, on Jawa Barat's demo data (the
 * figures are worked by hand in tests/integration/bagan-demo.test.ts). Read-only: no test changes data.
 */

async function jabarId(page: Page, user = "operator.jabar"): Promise<number> {
  await login(page, user);
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  return Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
}

const box = (page: Page, nama: string) => page.getByRole("group", { name: nama, exact: true });
const zoom = (page: Page) => page.getByTestId("bagan-zoom");

test("operator.jabar opens the bagan, zooms in and out, and opens a unit's subtree", async ({ page }) => {
  const id = await jabarId(page);
  await page.goto(`/instansi/${id}/peta-jabatan/bagan`);
  await expect(page.getByRole("heading", { name: "Bagan Peta Jabatan" })).toBeVisible();
  const top = box(page, "Pemerintah Provinsi Jawa Barat");
  await expect(top.getByTestId("bagan-total")).toHaveText("Seluruh cabang: B 99 · K 136 · −37 kurang");
  // Each jabatan with its kelas, B, K and +/−: the cabang dinas's Pengadministrasi Perkantoran K2 B1.
  const cabang = box(page, "Cabang Dinas Pendidikan Wilayah II");
  await expect(cabang.getByRole("row", { name: /Pengadministrasi Perkantoran/ })).toHaveText(/Pengadministrasi Perkantoran\s*5\s*1\s*2\s*−1 kurang/);

  // Zoom by button, then by keyboard on the focused bagan (×1.25 a step, shown rounded in percent).
  const viewport = page.getByRole("region", { name: /^Bagan peta jabatan/ });
  const content = viewport.locator("[data-scale]");
  const scale = async () => Number(await content.getAttribute("data-scale"));
  // The bagan first fits the window (Jawa Barat at 1366×768: 32 %); read the scale once it has.
  await expect.poll(scale).toBeLessThan(1);
  const start = await scale();
  await page.getByRole("button", { name: "Perbesar" }).click();
  await expect.poll(scale).toBeCloseTo(start * 1.25, 6);
  await expect(zoom(page)).toHaveText(`${Math.round(start * 125)}%`);
  await viewport.focus();
  await page.keyboard.press("+");
  await expect.poll(scale).toBeCloseTo(start * 1.25 * 1.25, 6);
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await expect.poll(scale).toBeCloseTo(start, 6);
  // The arrows pan: → moves the drawing 80 px to the left.
  const transform = () => content.evaluate((el) => el.style.transform);
  const x = async () => Number(/translate\((-?[\d.]+)px/.exec(await transform())![1]);
  const x0 = await x();
  await page.keyboard.press("ArrowRight");
  await expect.poll(x).toBeCloseTo(x0 - 80, 3);
  // Dragging pans too: the drawing moves with the pointer.
  const before = await transform();
  const vb = (await viewport.boundingBox())!;
  await page.mouse.move(vb.x + 20, vb.y + vb.height - 20);
  await page.mouse.down();
  await page.mouse.move(vb.x + 120, vb.y + vb.height - 60, { steps: 4 });
  await page.mouse.up();
  await expect.poll(x).toBeCloseTo(x0 - 80 + 100, 0);
  expect(await transform()).not.toBe(before);
  // The wheel zooms about the pointer, one step a notch.
  const s1 = await scale();
  await page.mouse.move(vb.x + vb.width / 2, vb.y + vb.height / 2);
  await page.mouse.wheel(0, -100);
  await expect.poll(scale).toBeCloseTo(s1 * 1.25, 6);
  // Tab reaches the units' names; a name panned out of sight is brought back into the viewport.
  const first = page.getByRole("link", { name: "Bagan Pemerintah Provinsi Jawa Barat", exact: true });
  const inView = async () => {
    const [b, v] = [(await first.boundingBox())!, (await viewport.boundingBox())!];
    return b.y >= v.y && b.y + b.height <= v.y + v.height && b.x >= v.x && b.x + b.width <= v.x + v.width;
  };
  await viewport.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowDown");
  await expect.poll(inView).toBe(false);
  await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await expect.poll(inView).toBe(true);

  // A unit's name opens the bagan of its subtree.
  await page.getByRole("link", { name: "Bagan Dinas Pendidikan", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/peta-jabatan/bagan\\?unor=\\d+$`));
  await expect(page.getByRole("navigation", { name: "Letak unor" })).toHaveText("Pemerintah Provinsi Jawa Barat › Dinas Pendidikan");
  await expect(box(page, "Dinas Pendidikan").getByTestId("bagan-total")).toHaveText("Seluruh cabang: B 53 · K 74 · −21 kurang");
  await expect(box(page, "Cabang Dinas Pendidikan Wilayah II").getByTestId("bagan-total")).toHaveText("Seluruh cabang: B 44 · K 64 · −20 kurang");
  await expect(box(page, "SMK Negeri 1 Depok").getByTestId("bagan-total")).toHaveText("Jumlah: B 7 · K 14 · −7 kurang");
  await expect(box(page, "Badan Kepegawaian Daerah")).toHaveCount(0);

  // The unit picker does the same, by keyboard.
  await page.getByLabel("Unor", { exact: true }).selectOption({ label: "\u00a0\u00a0Badan Kepegawaian Daerah" });
  await page.getByRole("button", { name: "Tampilkan" }).press("Enter");
  await expect(box(page, "Badan Kepegawaian Daerah").getByTestId("bagan-total")).toHaveText("Seluruh cabang: B 12 · K 19 · −7 kurang");
  await expect(box(page, "Dinas Pendidikan")).toHaveCount(0);
});

test("the print view spreads the province over several landscape sheets, and prints them", async ({ page }) => {
  const id = await jabarId(page);
  await page.goto(`/instansi/${id}/peta-jabatan/bagan`);
  await page.getByRole("link", { name: "Cetak A4" }).click();
  await expect(page).toHaveURL(/\/bagan\/cetak\?unor=\d+&kertas=A4$/);
  const sheets = page.locator("section[data-kertas='A4']");
  // The summary and a sheet per OPD with sub-units (tests/integration/bagan-demo.test.ts works the scales).
  await expect(sheets).toHaveCount(5);
  const n = 5;
  await expect(sheets.first()).toHaveAccessibleName("Halaman 1: Pemerintah Provinsi Jawa Barat");
  await expect(sheets.first()).toContainText(`Halaman 1 dari ${n} · ringkasan`);
  const pendidikan = page.getByRole("region", { name: "Halaman 4: Dinas Pendidikan", exact: true });
  await expect(pendidikan).toHaveAttribute("data-scale", "0.571");
  await expect(pendidikan.getByRole("group", { name: "SMK Negeri 1 Depok" })).toBeVisible();
  await expect(page.getByText(`Kertas A4 lanskap · ${n} halaman`)).toBeVisible();
  // On paper: no app chrome, one sheet per page, A4 landscape (297 × 210 mm = 841.9 × 595.3 pt).
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Menu instansi" })).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(n);
  expect(pdf).toMatch(/\/MediaBox\s*\[0 0 841\.9\d* 59[45]\.9?\d*\]/);

  // A3 is a link away: the same sheets, drawn larger.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Ganti ke A3 lanskap" }).click();
  await expect(page).toHaveURL(/kertas=A3$/);
  await expect(page.locator("section[data-kertas='A3']")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Halaman 4: Dinas Pendidikan", exact: true })).toHaveAttribute("data-scale", "0.845");
});

test("in the Struktur tree a collapsed unit shows its whole subtree's K and B beside its own", async ({ page }) => {
  await jabarId(page);
  const tree = page.getByRole("tree", { name: "Struktur unor dan jabatan" });
  const row = (nama: string) => tree.getByRole("treeitem").filter({ has: page.locator(".nama", { hasText: new RegExp(`^${nama}$`) }) });
  // The cabang dinas starts collapsed: its own K4 B3, and its schools with it, K 64 B 44.
  await expect(row("Cabang Dinas Pendidikan Wilayah II")).toContainText("K 4 · B 3 | Seluruh cabang: K 64 · B 44 · −20 kurang");
  // Badan Kepegawaian Daerah starts open (its sub-units show): only its own figures.
  const bkd = row("Badan Kepegawaian Daerah");
  await expect(bkd).toContainText("K 1 · B 1");
  await expect(bkd).not.toContainText("Seluruh cabang");
  await bkd.locator(".twisty").click();
  await expect(bkd).toContainText("K 1 · B 1 | Seluruh cabang: K 19 · B 12 · −7 kurang");
  // Opened again, the branch's rows show their own figures and the sum goes.
  await bkd.locator(".twisty").click();
  await expect(bkd).not.toContainText("Seluruh cabang");
  // A unit without sub-units never shows a branch sum.
  await expect(row("Inspektorat Daerah")).not.toContainText("Seluruh cabang");
});

test("verifikator reads the bagan; another instansi's operator is refused", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const id = await jabarId(page);
  await ctx.close();

  const v = await browser.newContext();
  const vp = await v.newPage();
  await login(vp, "verifikator");
  await vp.waitForURL((u) => !u.pathname.startsWith("/login"));
  await vp.goto(`/instansi/${id}/peta-jabatan/bagan`);
  await expect(box(vp, "Inspektorat Daerah").getByTestId("bagan-total")).toHaveText(/^Jumlah: B \d+ · K \d+/);
  await v.close();

  const d = await browser.newContext();
  const dp = await d.newPage();
  await login(dp, "operator.depok");
  await dp.waitForURL((u) => !u.pathname.startsWith("/login"));
  const res = await dp.goto(`/instansi/${id}/peta-jabatan/bagan/cetak`);
  expect(res?.status()).toBe(403);
  expect(await dp.content()).not.toContain("Inspektorat Daerah");
  await d.close();
});
