import { expect, test } from "./fixtures";
import { query } from "./db";
import { login, logout } from "./helpers";
import { formatAngka } from "../../lib/format";


test.describe("login and landing per role", () => {
  test("operator lands on their instansi's unor tree", async ({ page }) => {
    await login(page, "operator.bkn");
    await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Badan Kepegawaian Negara");
    // A unit near the top: the tree is virtualised, and the instansi tabs take a row of the window.
    await expect(page.getByText("Sekretariat Utama").first()).toBeVisible();
    await logout(page);
  });

  test("verifikator lands on the list of instansi", async ({ page }) => {
    await login(page, "verifikator");
    await expect(page).toHaveURL(/\/instansi$/);
    await expect(page.getByRole("heading", { name: "Daftar Instansi" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Pemerintah Kota Depok" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Badan Kepegawaian Negara" })).toBeVisible();
    await logout(page);
  });

  test("pimpinan lands on national totals computed from the database", async ({ page }) => {
    await login(page, "pimpinan");
    await expect(page).toHaveURL(/\/dashboard$/);
    const kebutuhan = page.getByTestId("rekap-kebutuhan");
    await expect(kebutuhan).toBeVisible();
    // The national recap as the database holds it now: the demo's 997 / 659 / 81 / 419
    // (tests/integration/rekap-demo.test.ts) plus what earlier specs placed (infojab.spec adds 7 K).
    const [r] = await query<{ k: string; b: string; lebih: string; kurang: string }>(
      `SELECT sum(kebutuhan) k, sum(existing) b, sum(kelebihan) lebih, sum(kekurangan) kurang FROM "RekapInstansiJabatan"`,
    );
    await expect(kebutuhan).toHaveText(formatAngka(Number(r.k)));
    await expect(page.getByTestId("rekap-existing")).toHaveText(formatAngka(Number(r.b)));
    await expect(page.getByTestId("rekap-kelebihan")).toHaveText(formatAngka(Number(r.lebih)));
    await expect(page.getByTestId("rekap-kekurangan")).toHaveText(formatAngka(Number(r.kurang)));
    await logout(page);
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await login(page, "operator.bkn", "salah-sandi");
    // (Next's route announcer is also role=alert, but empty.)
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Nama pengguna atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an anonymous visitor is sent to the login page", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
  });
});

test.describe("cross-instansi access", () => {
  test("an operator who opens another instansi's URL is refused", async ({ page }) => {
    await login(page, "operator.bkn");
    await expect(page).toHaveURL(/\/instansi\/(\d+)\/unor$/);
    const ownId = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
    await page.goto("/instansi");
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    // Try every other instansi id near our own: none may show data.
    for (const otherId of [ownId + 1, ownId + 2, Math.max(1, ownId - 1)].filter((id) => id !== ownId)) {
      const response = await page.goto(`/instansi/${otherId}/unor`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    }
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  });
});
