import { expect, test } from "./fixtures";
import { login, logout } from "./helpers";

const NEW_PASSWORD = "Depok-Baru-Kedua-2026";

test.describe("Pengguna (ADMIN)", () => {
  test("an operator created for Kota Depok changes the temporary password, works, and is locked out once deactivated", async ({ page }) => {
    test.setTimeout(120_000); // three sign-ins, bcrypt on a shared 2-core machine
    await login(page, "admin");
    await expect(page).toHaveURL(/\/instansi$/);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengguna" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
    const table = page.getByRole("table", { name: "Daftar pengguna" });
    // The six demo accounts (other specs may have added users of their own, e.g. for a lock-out).
    for (const u of ["admin", "operator.bkn", "operator.depok", "operator.jabar", "verifikator", "pimpinan"]) {
      await expect(table.getByRole("cell", { name: u, exact: true })).toBeVisible();
    }

    // Filters: role, then instansi.
    await page.getByLabel("Saring peran").selectOption({ label: "Operator Instansi" });
    await expect(table.getByRole("row")).toHaveCount(1 + 3);
    await page.getByLabel("Saring instansi").selectOption({ label: "Pemerintah Kota Depok" });
    await expect(table.getByRole("row")).toHaveCount(1 + 1);
    await expect(table.getByRole("cell", { name: "operator.depok", exact: true })).toBeVisible();

    // Create a second operator for Depok: the temporary password is shown once.
    await page.getByRole("button", { name: "Tambah pengguna" }).click();
    const dialog = page.getByRole("dialog", { name: "Tambah Pengguna" });
    await dialog.getByLabel("Nama pengguna").fill("operator.depok2");
    await dialog.getByLabel("Nama lengkap").fill("Operator Kedua Kota Depok");
    await expect(dialog.getByLabel("Peran")).toHaveValue("OPERATOR");
    await dialog.getByRole("button", { name: "Buat pengguna" }).click();
    await expect(dialog.getByText("Operator harus terikat pada satu instansi.")).toBeVisible();
    await dialog.getByLabel("Instansi").selectOption({ label: "Pemerintah Kota Depok" });
    await dialog.getByRole("button", { name: "Buat pengguna" }).click();
    const shown = dialog.getByTestId("kata-sandi-sementara");
    await expect(shown).toHaveText(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    const temporary = await shown.innerText();
    await dialog.getByRole("button", { name: "Selesai" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(temporary)).toHaveCount(0);
    await expect(table.getByRole("row")).toHaveCount(1 + 2);
    await expect(table.getByRole("row", { name: /operator\.depok2/ })).toContainText("wajib ganti sandi");

    // The same username again is refused with a clear message.
    await page.getByRole("button", { name: "Tambah pengguna" }).click();
    await dialog.getByLabel("Nama pengguna").fill("operator.depok2");
    await dialog.getByLabel("Nama lengkap").fill("Operator Ganda");
    await dialog.getByLabel("Instansi").selectOption({ label: "Pemerintah Kota Depok" });
    await dialog.getByRole("button", { name: "Buat pengguna" }).click();
    await expect(dialog.getByRole("alert")).toContainText('Nama pengguna "operator.depok2" sudah dipakai. Pilih nama pengguna lain.');
    await dialog.getByRole("button", { name: "Batal" }).click();
    await logout(page);

    // The new operator must change the password before anything else, on every page.
    await login(page, "operator.depok2", temporary);
    await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah Kata Sandi");
    await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link")).toHaveCount(0);
    await page.goto("/instansi");
    await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
    await expect(page.getByText("Anda masuk dengan kata sandi sementara. Ganti kata sandi terlebih dahulu sebelum melanjutkan.")).toBeVisible();
    await page.getByLabel("Kata sandi saat ini").fill(temporary);
    await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek");
    await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(page.getByText("Kata sandi baru minimal 12 karakter.", { exact: true })).toBeVisible();
    await page.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText(
      "Kata sandi berhasil diubah. Semua sesi Anda diakhiri: silakan masuk kembali dengan kata sandi baru.",
    );
    await expect(page).toHaveURL(/\/login\?kataSandi=diubah$/, { timeout: 10_000 });
    await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.");

    await login(page, "operator.depok2", NEW_PASSWORD);
    await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Kota Depok");
    await logout(page);

    // The admin deactivates the account: it can no longer sign in.
    await login(page, "admin");
    await expect(page).toHaveURL(/\/instansi$/);
    await page.goto("/admin/pengguna");
    await page.getByRole("button", { name: "Nonaktifkan operator.depok2" }).click();
    const confirm = page.getByRole("dialog", { name: "Nonaktifkan Pengguna" });
    await confirm.getByRole("button", { name: "Nonaktifkan" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("operator.depok2 dinonaktifkan.");
    await expect(table.getByRole("row", { name: /operator\.depok2/ })).toContainText("nonaktif");
    await expect(page.getByText("akun Anda")).toBeVisible(); // no actions on one's own row
    await logout(page);
    await login(page, "operator.depok2", NEW_PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Nama pengguna atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("dialogs work from the keyboard and give focus back", async ({ page }) => {
    await login(page, "admin");
    await expect(page).toHaveURL(/\/instansi$/);
    await page.goto("/admin/pengguna");
    const add = page.getByRole("button", { name: "Tambah pengguna" });
    await add.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Tambah Pengguna" });
    await expect(dialog.getByLabel("Nama pengguna")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();
    // Reset a password from the keyboard: shown once in the dialog.
    await page.getByRole("button", { name: "Reset kata sandi pimpinan" }).focus();
    await page.keyboard.press("Enter");
    const reset = page.getByRole("dialog", { name: "Reset Kata Sandi" });
    await expect(reset).toContainText("Pimpinan BKN (pimpinan)");
    await reset.getByRole("button", { name: "Reset kata sandi" }).click();
    await expect(reset.getByTestId("kata-sandi-sementara")).toHaveText(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    await reset.getByRole("button", { name: "Selesai" }).click();
    await expect(page.getByRole("table", { name: "Daftar pengguna" }).getByRole("row", { name: /Pimpinan BKN/ })).toContainText("wajib ganti sandi");
  });

  test("is refused to everyone but ADMIN", async ({ page }) => {
    await login(page, "verifikator");
    await expect(page).toHaveURL(/\/instansi$/);
    await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengguna" })).toHaveCount(0);
    const response = await page.goto("/admin/pengguna");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  });
});
