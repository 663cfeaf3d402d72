import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";
import { makeE2eUser, query as sql } from "./db";
import { formatAngka } from "../../lib/format";

const PIMPINAN_PASSWORD = "Pimpinan-Uji-E2E-2026";

/**
 * The Resume, Data Unor and Info Jabatan tabs for operator.jabar. Expected figures are read from the
 * demo database behind the server with plain SQL over the cells (not through the recap tables the
 * pages read), so the page and an independent count must agree.
 */


async function openJabar(page: Page, tab: string): Promise<number> {
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  const id = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
  await page.getByRole("navigation", { name: "Menu instansi" }).getByRole("link", { name: tab, exact: true }).click();
  return id;
}

test("Resume shows the instansi's figures from its active units, as cards and bar charts, and prints without the menus", async ({ page }) => {
  const id = await openJabar(page, "Resume");
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/resume$`));
  const [t] = await sql<{ k: string; b: string; lebih: string; kurang: string; sel: string }>(
    `SELECT sum(p.kebutuhan) k, sum(p.existing) b, sum(greatest(p.existing - p.kebutuhan, 0)) lebih,
            sum(greatest(p.kebutuhan - p.existing, 0)) kurang, count(*) sel
     FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" WHERE p."instansiId" = $1 AND u.aktif`,
    [id],
  );
  const [u] = await sql<{ aktif: string; kurang: string; lebih: string }>(
    `SELECT count(*) aktif, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "PetaJabatan" p WHERE p."unorId" = u.id AND p.kebutuhan > p.existing)) kurang,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "PetaJabatan" p WHERE p."unorId" = u.id AND p.existing > p.kebutuhan)) lebih
     FROM "Unor" u WHERE u."instansiId" = $1 AND u.aktif`,
    [id],
  );
  const [top] = await sql<{ nama: string; kurang: string }>(
    `SELECT j.nama, sum(greatest(p.kebutuhan - p.existing, 0)) kurang
     FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" JOIN "Jabatan" j ON j.id = p."jabatanId"
     WHERE p."instansiId" = $1 AND u.aktif GROUP BY j.id, j.nama ORDER BY 2 DESC, j.nama LIMIT 1`,
    [id],
  );
  expect(Number(t.k)).toBeGreaterThan(0);
  await expect(page.getByTestId("rekap-kebutuhan")).toHaveText(formatAngka(Number(t.k)));
  await expect(page.getByTestId("rekap-existing")).toHaveText(formatAngka(Number(t.b)));
  await expect(page.getByTestId("rekap-kelebihan")).toHaveText(formatAngka(Number(t.lebih)));
  await expect(page.getByTestId("rekap-kekurangan")).toHaveText(formatAngka(Number(t.kurang)));
  await expect(page.getByTestId("resume-sel")).toHaveText(formatAngka(Number(t.sel)));
  await expect(page.getByTestId("resume-unor-aktif")).toHaveText(formatAngka(Number(u.aktif)));
  await expect(page.getByTestId("resume-unor-kurang")).toHaveText(formatAngka(Number(u.kurang)));
  await expect(page.getByTestId("resume-unor-lebih")).toHaveText(formatAngka(Number(u.lebih)));

  // The largest shortage heads its ranking, with sign and figure.
  const firstKurang = page.getByTestId("resume-kurang-tabel").locator("tbody tr").first();
  await expect(firstKurang.getByRole("rowheader")).toHaveText(top.nama);
  await expect(firstKurang.locator("td").last()).toHaveText(`−${formatAngka(Number(top.kurang))}`);

  // Bars, not only tables: per jenis, per kelas, two rankings, retirements.
  await expect(page.locator("figure .recharts-wrapper")).toHaveCount(5);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Proyeksi pensiun lima tahun" }).locator("tbody tr")).toHaveCount(5);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Menu instansi" })).toBeHidden();
  await expect(page.getByTestId("rekap-kebutuhan")).toBeVisible();
  // On paper the charts keep their bars and fit the page (they once collapsed to zero width there).
  const chart = page.locator("figure .recharts-wrapper > svg.recharts-surface").first();
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  expect(box.width).toBeLessThanOrEqual(1366);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
});

test("Data Unor lists the units, filters by jenis and status, and links a unit to the Struktur tab", async ({ page }) => {
  const id = await openJabar(page, "Data Unor");
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/data-unor$`));
  const [c] = await sql<{ n: string; sekolah: string }>(
    `SELECT count(*) n, count(*) FILTER (WHERE jenis = 'SEKOLAH') sekolah FROM "Unor" WHERE "instansiId" = $1`,
    [id],
  );
  const rows = page.getByRole("table", { name: "Daftar unor" }).locator("tbody tr");
  await expect(page.getByTestId("data-unor-cocok")).toHaveText(`${formatAngka(Number(c.n))} unor cocok`);
  await expect(rows).toHaveCount(Math.min(100, Number(c.n)));
  await expect(rows.first().getByRole("rowheader")).toHaveText("Pemerintah Provinsi Jawa Barat");

  await page.getByLabel("Jenis").selectOption({ label: "Sekolah" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/jenis=SEKOLAH/);
  // The demo's four upper secondary schools in Depok (Cabang Dinas Pendidikan Wilayah II).
  expect(Number(c.sekolah)).toBe(4);
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("SMA Negeri 1 Depok");
  await expect(rows.first()).toContainText("Cabang Dinas Pendidikan Wilayah II");

  await page.getByLabel("Status").selectOption({ label: "Nonaktif" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  const [off] = await sql<{ n: string }>(`SELECT count(*) n FROM "Unor" WHERE "instansiId" = $1 AND jenis = 'SEKOLAH' AND NOT aktif`, [id]);
  await expect(page).toHaveURL(/status=nonaktif/);
  await expect(page.getByTestId("data-unor-cocok")).toHaveText(`${formatAngka(Number(off.n))} unor cocok`);
  await expect(rows).toHaveCount(Number(off.n));

  await page.getByRole("link", { name: "Hapus filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/data-unor$`));
  // The form shows the URL's (empty) filter again, not the one typed before.
  await expect(page.getByLabel("Jenis")).toHaveValue("");
  await expect(page.getByLabel("Status")).toHaveValue("");
  await page.getByLabel("Cari unor").fill("Biro Organisasi");
  await page.getByLabel("Cari unor").press("Enter");
  await expect(rows).toHaveCount(1);
  const [biro] = await sql<{ id: number }>(`SELECT id FROM "Unor" WHERE "instansiId" = $1 AND nama = 'Biro Organisasi'`, [id]);
  await rows.first().getByRole("link", { name: "Biro Organisasi" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/unor\\?unor=${biro.id}$`));
  await expect(page.getByRole("button", { name: "Aksi untuk Biro Organisasi", exact: true })).toBeVisible();
  // A unit the tree keeps closed at first (depth 4) is opened, shown and focused from the link.
  const [bagian] = await sql<{ id: number }>(`SELECT id FROM "Unor" WHERE "instansiId" = $1 AND nama = 'Bagian Kelembagaan dan Analisis Jabatan'`, [id]);
  await page.goto(`/instansi/${id}/unor?unor=${bagian.id}`);
  await expect(page.getByRole("treeitem", { name: /Bagian Kelembagaan dan Analisis Jabatan/ })).toBeFocused();
});

test("Info Jabatan shows each placed jabatan's infojab state, filters, and opens the infojab screen", async ({ page }) => {
  const id = await openJabar(page, "Info Jabatan");
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/info-jabatan$`));
  const [s] = await sql<{ belum: string; diisi: string; terkunci: string; abk: string }>(
    `SELECT count(*) FILTER (WHERE i.id IS NULL) belum, count(*) FILTER (WHERE i.id IS NOT NULL AND i."lockedAt" IS NULL) diisi,
            count(*) FILTER (WHERE i."lockedAt" IS NOT NULL) terkunci, count(*) FILTER (WHERE p."sumberKebutuhan" = 'ABK') abk
     FROM "PetaJabatan" p LEFT JOIN "Infojab" i ON i."petaJabatanId" = p.id WHERE p."instansiId" = $1`,
    [id],
  );
  await expect(page.getByTestId("infojab-BELUM_DIISI")).toHaveText(formatAngka(Number(s.belum)));
  await expect(page.getByTestId("infojab-DIISI")).toHaveText(formatAngka(Number(s.diisi)));
  await expect(page.getByTestId("infojab-TERKUNCI")).toHaveText(formatAngka(Number(s.terkunci)));
  expect(Number(s.diisi)).toBeGreaterThan(0);

  const table = page.getByRole("table", { name: "Daftar jabatan dan informasi jabatan" });
  await page.getByLabel("Status infojab").selectOption({ label: "Diisi" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/status=DIISI/);
  await expect(page.getByTestId("info-jabatan-cocok")).toHaveText(`${formatAngka(Number(s.diisi))} jabatan cocok`);
  await expect(table.locator("tbody tr")).toHaveCount(Math.min(100, Number(s.diisi)));
  for (const cell of await table.locator("tbody tr td:last-child").allInnerTexts()) expect(cell).toBe("Diisi");

  await page.getByLabel("Sumber kebutuhan").selectOption({ label: "ABK" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  const [sa] = await sql<{ n: string }>(
    `SELECT count(*) n FROM "PetaJabatan" p JOIN "Infojab" i ON i."petaJabatanId" = p.id
     WHERE p."instansiId" = $1 AND i."lockedAt" IS NULL AND p."sumberKebutuhan" = 'ABK'`,
    [id],
  );
  await expect(page.getByTestId("info-jabatan-cocok")).toHaveText(`${formatAngka(Number(sa.n))} jabatan cocok`);
  expect(Number(sa.n)).toBeGreaterThan(0);
  expect(Number(s.abk)).toBeGreaterThanOrEqual(Number(sa.n));

  const first = table.locator("tbody tr").first();
  const petaId = await first.getAttribute("data-peta-jabatan-id");
  const nama = await first.getByRole("link").innerText();
  await first.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${id}/peta-jabatan/${petaId}/infojab$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nama);
});

test("another instansi's operator gets 403 on all three tabs; a pimpinan reads them read-only", async ({ browser }) => {
  const [depok] = await sql<{ id: number; nama: string }>(`SELECT id, nama FROM "Instansi" WHERE kode = 'KOTA-DEPOK'`);
  const op = await browser.newPage();
  await login(op, "operator.jabar");
  await expect(op).toHaveURL(/\/instansi\/\d+\/unor$/);
  for (const tab of ["resume", "data-unor", "info-jabatan"]) {
    const res = await op.goto(`/instansi/${depok.id}/${tab}`);
    expect(res?.status(), tab).toBe(403);
    await expect(op.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    expect(await op.content()).not.toContain(depok.nama);
  }
  await op.close();

  const pimpinan = await browser.newPage();
  // A pimpinan of its own: pengguna.spec resets the demo pimpinan's password.
  await login(pimpinan, await makeE2eUser("PIMPINAN", PIMPINAN_PASSWORD), PIMPINAN_PASSWORD);
  await expect(pimpinan).not.toHaveURL(/\/login/);
  const [t] = await sql<{ k: string }>(
    `SELECT sum(p.kebutuhan) k FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" WHERE p."instansiId" = $1 AND u.aktif`,
    [depok.id],
  );
  await pimpinan.goto(`/instansi/${depok.id}/resume`);
  await expect(pimpinan.getByTestId("rekap-kebutuhan")).toHaveText(formatAngka(Number(t.k)));
  await pimpinan.goto(`/instansi/${depok.id}/info-jabatan`);
  await expect(pimpinan.getByRole("table", { name: "Daftar jabatan dan informasi jabatan" })).toBeVisible();
  await pimpinan.close();
});
