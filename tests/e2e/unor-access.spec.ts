import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";

/** Cross-instansi access to the unor editor: reading, the UI, and forged server-action calls. */

const tree = (page: Page) => page.getByRole("tree", { name: "Struktur unor dan jabatan" });

/** Extra pages are outside the fixtures' console guard: collect their errors here. */
const problems: string[] = [];
function watch(page: Page): Page {
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console.error: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}
test.beforeEach(() => {
  problems.length = 0;
});
test.afterEach(() => expect(problems, problems.join("\n")).toEqual([]));

async function signedIn(browser: Browser, user: string): Promise<{ page: Page; instansiId: number }> {
  const page = watch(await browser.newPage());
  await login(page, user);
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  await expect(tree(page)).toBeVisible();
  return { page, instansiId: Number(/\/instansi\/(\d+)\//.exec(page.url())![1]) };
}

/** The unit id behind a row (rows carry `data-node-id="u<id>"`). */
async function unitId(page: Page, nama: string): Promise<number> {
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill(nama);
  await expect(page.locator(".tree-wrap")).toHaveAttribute("data-search", nama.toLocaleLowerCase("id"));
  const row = tree(page).locator("[data-node-id^='u']").filter({ has: page.getByText(nama, { exact: true }) });
  const id = await row.first().getAttribute("data-node-id");
  return Number(id!.slice(1));
}

const BKN_UNITS = ["Sekretariat Utama", "Deputi Bidang Sistem Informasi Kepegawaian", "Biro Perencanaan dan Organisasi", "Direktorat Pengadaan dan Kepangkatan"];

test("another instansi's operator gets 403 on BKN's unor page and never sees its units", async ({ browser }) => {
  const bkn = await signedIn(browser, "operator.bkn");
  await bkn.page.close();

  const depok = await signedIn(browser, "operator.depok");
  const page = depok.page;
  expect(depok.instansiId).not.toBe(bkn.instansiId);
  const html = await page.content();
  for (const nama of BKN_UNITS) expect(html, nama).not.toContain(nama);
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill("Deputi Bidang");
  await expect(page.getByText("Tidak ada unor atau jabatan yang cocok")).toBeVisible();

  const response = await page.goto(`/instansi/${bkn.instansiId}/unor`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  const forbidden = await page.content();
  for (const nama of BKN_UNITS) expect(forbidden, nama).not.toContain(nama);
  // The "show inactive" variant of the URL is refused too.
  expect((await page.goto(`/instansi/${bkn.instansiId}/unor?nonaktif=1`))?.status()).toBe(403);
  await page.close();
});

test("forged server-action calls on another instansi's unit are refused and change nothing", async ({ browser }) => {
  const bkn = await signedIn(browser, "operator.bkn");
  const target = await unitId(bkn.page, "Inspektorat");
  expect(target).toBeGreaterThan(0);

  const { page, instansiId } = await signedIn(browser, "operator.depok");
  // Capture the real rename and delete calls of the depok operator's own editor (both refused
  // harmlessly: no reason given; a unit with pegawai), then replay them with BKN's unit id.
  const capture = async (open: () => Promise<void>, submit: string) => {
    await open();
    const dialog = page.getByRole("dialog");
    const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await dialog.getByRole("button", { name: submit, exact: true }).click();
    const req = await request;
    await expect(dialog.getByRole("alert")).toBeVisible();
    await page.keyboard.press("Escape");
    return req;
  };
  const menu = async (nama: string, item: string) => {
    await page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true }).click();
    await page.getByRole("menuitem", { name: item, exact: true }).click();
  };
  const rename = await capture(() => menu("Sekretariat Daerah", "Ubah Nama"), "Simpan");
  const remove = await capture(() => menu("Sekretariat Daerah", "Hapus Unor"), "Hapus");

  const replay = async (req: typeof rename, args: unknown[]) => {
    const h = req.headers();
    const res = await page.request.post(req.url(), {
      headers: {
        "next-action": h["next-action"],
        "next-router-state-tree": h["next-router-state-tree"],
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify(args),
    });
    return res.text();
  };
  const renamed = await replay(rename, [instansiId, { unorId: target, version: 1, nama: "Inspektorat Diretas", alasan: "Percobaan permintaan palsu" }]);
  expect(renamed).toContain('"code":"FORBIDDEN"');
  expect(renamed).toContain("Anda tidak berwenang mengubah data instansi ini.");
  // Naming BKN's instansi as the page to revalidate changes nothing either.
  const renamed2 = await replay(rename, [bkn.instansiId, { unorId: target, version: 1, nama: "Inspektorat Diretas", alasan: "Percobaan permintaan palsu" }]);
  expect(renamed2).toContain('"code":"FORBIDDEN"');
  const deleted = await replay(remove, [instansiId, { unorId: target, version: 1 }]);
  expect(deleted).toContain('"code":"FORBIDDEN"');
  await page.close();

  await bkn.page.reload();
  await bkn.page.getByRole("searchbox", { name: "Cari Unor" }).fill("Inspektorat");
  await expect(tree(bkn.page).getByText("Inspektorat", { exact: true })).toBeVisible();
  await expect(tree(bkn.page).getByText("Inspektorat Diretas")).toHaveCount(0);
  await bkn.page.close();
});

test("a verifikator reads an instansi's tree without any edit action", async ({ page }) => {
  await login(page, "verifikator");
  await expect(page).toHaveURL(/\/instansi$/);
  await page.getByRole("link", { name: "Pemerintah Kota Depok" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Kota Depok");
  await expect(tree(page).getByText("Sekretariat Daerah", { exact: true })).toBeVisible();
  // Readers get the menu with its reading items only (Info Jabatan, Unduh Infojab), never an edit.
  await page.getByRole("button", { name: "Aksi untuk Sekretariat Daerah", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Aksi untuk Sekretariat Daerah" }).getByRole("menuitem")).toHaveText(["Unduh Infojab"]);
  await page.keyboard.press("Escape");
  await expect(page.getByText("Anda hanya dapat melihat data instansi ini.")).toBeVisible();
});
