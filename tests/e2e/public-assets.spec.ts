import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const publicDir = path.resolve(import.meta.dirname, "..", "..", "public");

test.describe("public/ assets", () => {
  test("robots.txt keeps every crawler out, without a login", async ({ request }) => {
    const r = await request.get("/robots.txt", { maxRedirects: 0 });
    expect(r.status()).toBe(200);
    expect(await r.text()).toBe("User-agent: *\nDisallow: /\n");
  });

  test("favicon and logo are served as SVG to anonymous visitors", async ({ request }) => {
    for (const file of ["favicon.svg", "logo.svg"]) {
      const r = await request.get(`/${file}`, { maxRedirects: 0 });
      expect(r.status(), file).toBe(200);
      expect(r.headers()["content-type"], file).toContain("image/svg+xml");
      expect(await r.text(), file).toBe(fs.readFileSync(path.join(publicDir, file), "utf8"));
    }
  });

  test("the login page shows the logo, links the favicon and asks robots not to index", async ({ page }) => {
    await page.goto("/login");
    const logo = page.getByRole("img", { name: "Logo SIASN Perencanaan" });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  });
});
