import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, login, logout } from "./helpers";
import { makeE2eUser } from "./db";

const alert = (page: import("@playwright/test").Page) => page.getByRole("alert").filter({ hasText: /\S/ });
const LOCKED = "Terlalu banyak percobaan masuk. Akun ini dikunci sementara; coba lagi dalam 15 menit.";

test("five wrong passwords lock the account for 15 minutes, even against the right password", async ({ page }) => {
  const password = "sandi-uji-kunci";
  const username = await makeE2eUser("VERIFIKATOR", password);
  for (let i = 1; i <= 4; i++) {
    await login(page, username, `salah-${i}`);
    await expect(alert(page)).toHaveText("Nama pengguna atau kata sandi salah.");
  }
  await login(page, username, "salah-5");
  await expect(alert(page)).toHaveText(LOCKED);
  await login(page, username, password);
  await expect(alert(page)).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login$/);
  // Another account from the same browser is not locked.
  await login(page, "pimpinan");
  await expect(page).toHaveURL(/\/dashboard$/);
  await logout(page);
});

test("Keluar ends the session on the server: a copied cookie is refused afterwards", async ({ page, browser }) => {
  await login(page, "verifikator");
  await expect(page).toHaveURL(/\/instansi$/);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
  // Over plain http: httpOnly and SameSite=Lax, without Secure (the https case is an integration test).
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  const thief = await browser.newContext();
  try {
    await thief.addCookies([session!]);
    const stolen = await thief.newPage();
    await stolen.goto("/instansi");
    await expect(stolen.getByRole("heading", { name: "Daftar Instansi" })).toBeVisible();

    await logout(page);
    await stolen.goto("/instansi");
    await expect(stolen).toHaveURL(/\/login$/);
    await expect(stolen.getByRole("button", { name: "Masuk" })).toBeVisible();
  } finally {
    await thief.close();
  }
});

test("pages and API answer with a nonce CSP and security headers, and no script is blocked", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const loginPage = await page.goto("/login");
  const csp = loginPage!.headers()["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(loginPage!.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
  expect(loginPage!.headers()["strict-transport-security"]).toBeUndefined(); // plain http here
  // Every inline script Next wrote carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(new Set(inline)).toEqual(new Set([nonce]));

  const api = await page.request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  await page.getByLabel("Nama pengguna").fill("operator.bkn");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  // A unit near the top: the tree is virtualised, and the instansi tabs take a row of the window.
  await expect(page.getByText("Sekretariat Utama").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  await logout(page);

  await login(page, "pimpinan");
  await expect(page.getByTestId("rekap-kebutuhan")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  await logout(page);
});
