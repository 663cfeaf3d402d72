import fs from "node:fs";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";
import { e2eDatabaseUrlFile } from "./db";

/**
 * The Data Pegawai ASN tab. The demo's Depok has no flag (tests/integration/pegawai-demo.test.ts);
 * this file breaks the map for two pegawai of its own, added to the server's database during the
 * first test and removed after the file: one whose jabatan is not placed in their unit, one without
 * a jabatan. The cards are read before and after, so whatever an earlier spec left in Depok does
 * not matter. Both hold no cell (B and the recaps do not move) and are born in 2000, so their BUP
 * lies outside every five-year figure the other tests read.
 */

const NIP_LEPAS = "200001012026111901";
const NIP_TANPA = "200001012026111902";
const UNIT = "Sekretariat Daerah";

let client: pg.Client;
let depok: number;
let jabar: number;
let jabatanLepas: string;
/** Adds the two pegawai that break the map (once; later calls change nothing). */
let breakMap: () => Promise<void>;

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: fs.readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8") });
  await client.connect();
  const inst = await client.query<{ id: number; nama: string }>(`SELECT id, nama FROM "Instansi" WHERE nama IN ('Pemerintah Kota Depok', 'Pemerintah Provinsi Jawa Barat')`);
  depok = inst.rows.find((r) => r.nama.includes("Depok"))!.id;
  jabar = inst.rows.find((r) => r.nama.includes("Jawa Barat"))!.id;
  const unit = await client.query<{ id: number }>(`SELECT id FROM "Unor" WHERE "instansiId" = $1 AND nama = $2 AND aktif`, [depok, UNIT]);
  expect(unit.rows).toHaveLength(1);
  // A catalogue jabatan that is not placed in that unit.
  const jab = await client.query<{ id: number; nama: string }>(
    `SELECT j.id, j.nama FROM "Jabatan" j
     WHERE j.aktif AND j.jenis = 'PELAKSANA' AND NOT EXISTS (SELECT 1 FROM "PetaJabatan" p WHERE p."unorId" = $1 AND p."jabatanId" = j.id)
     ORDER BY j.nama LIMIT 1`,
    [unit.rows[0].id],
  );
  jabatanLepas = jab.rows[0].nama;
  breakMap = async () => {
    const insert = `INSERT INTO "Pegawai" (nip, nama, "tanggalLahir", "jenisKelamin", jenis, "instansiId", "unorId", "jabatanId", pendidikan, "updatedAt")
                    VALUES ($1, $2, '2000-01-01', 'PRIA', 'PNS', $3, $4, $5, 'S1 Manajemen', now()) ON CONFLICT (nip) DO NOTHING`;
    await client.query(insert, [NIP_LEPAS, "Uji Lepas Peta", depok, unit.rows[0].id, jab.rows[0].id]);
    await client.query(insert, [NIP_TANPA, "Uji Tanpa Jabatan", depok, unit.rows[0].id, null]);
  };
});

test.afterAll(async () => {
  await client.query(`DELETE FROM "Pegawai" WHERE nip IN ($1, $2)`, [NIP_LEPAS, NIP_TANPA]);
  await client.end();
});

const card = (page: Page, label: string) => page.getByRole("list", { name: "Masalah data pegawai" }).getByRole("link").filter({ hasText: label });
const line = (page: Page, label: string) =>
  page.locator('dl[aria-label="Ringkasan PNS"] > div').filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
const angka = async (page: Page, label: string) => Number((await line(page, label).innerText()).replaceAll(".", ""));
const rows = (page: Page) => page.getByRole("table", { name: "Daftar pegawai" }).locator("tbody tr");

test("operator.depok sees the flag cards, a flag's list with its fix, and the way to Impor Pegawai", async ({ page }) => {
  await login(page, "operator.depok");
  await expect(page).toHaveURL(new RegExp(`/instansi/${depok}/unor$`));
  await page.getByRole("navigation", { name: "Menu instansi" }).getByRole("link", { name: "Data Pegawai ASN" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${depok}/pegawai$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data Pegawai ASN");

  const jumlah = async (label: string) => Number((await card(page, label).locator("[data-jumlah]").innerText()).replaceAll(".", ""));
  const KARTU = ["Jabatan pegawai tidak ada di unornya", "Pegawai tanpa jabatan", "Pegawai di unor nonaktif atau tidak ada", "Unor berpegawai tanpa kebutuhan"];
  const LINES = ["PNS tidak sesuai peta jabatan", "PNS sesuai peta jabatan", "Jumlah PNS aktif"];
  const before = [...(await Promise.all(KARTU.map(jumlah))), ...(await Promise.all(LINES.map((l) => angka(page, l))))];

  await breakMap();
  await page.reload();
  const after = [...(await Promise.all(KARTU.map(jumlah))), ...(await Promise.all(LINES.map((l) => angka(page, l))))];
  // One more in each of the two pegawai flags, none in the others; two more PNS, both tidak sesuai.
  expect(after.map((n, i) => n - before[i])).toEqual([1, 1, 0, 0, 2, 0, 2]);
  expect(after[5]).toBe(after[6] - after[4]);
  await expect(page.getByRole("link", { name: "Impor Pegawai", exact: true })).toHaveAttribute("href", `/instansi/${depok}/pegawai/impor`);

  await card(page, "Jabatan pegawai tidak ada di unornya").click();
  await expect(page).toHaveURL(/masalah=jabatan-tidak-ditempatkan/);
  await expect(rows(page)).toHaveCount(Math.min(after[0], 50));
  // Narrowed to this test's pegawai through the form, which keeps the flag.
  await page.getByRole("searchbox", { name: "Cari nama atau NIP" }).fill("Uji Lepas");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/masalah=jabatan-tidak-ditempatkan/);
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row).toContainText(NIP_LEPAS);
  await expect(row).toContainText("Uji Lepas Peta");
  await expect(row).toContainText(`Tempatkan jabatan ${jabatanLepas} di unit ${UNIT}`);
  // Born 2000-01-01 with a pelaksana jabatan (BUP 58): 2058.
  await expect(row.getByRole("cell").nth(7)).toHaveText("2058");
  const fix = row.getByRole("link", { name: "Perbaiki di Struktur: Uji Lepas Peta" });
  await expect(fix).toHaveAttribute("href", new RegExp(`^/instansi/${depok}/unor\\?unor=\\d+$`));

  // The list without a flag: search by nama through the form, the flag shows as text on the row.
  await page.goto(`/instansi/${depok}/pegawai`);
  await page.getByRole("searchbox", { name: "Cari nama atau NIP" }).fill("Uji Tanpa");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/q=Uji\+Tanpa/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Tanpa jabatan");
  await expect(page.getByRole("navigation", { name: "Halaman daftar" })).toContainText("1–1 dari 1");

  // The fix link leads to the Struktur tree, opened at the pegawai's unit.
  await page.goto(`/instansi/${depok}/pegawai?masalah=jabatan-tidak-ditempatkan&q=Uji`);
  await page.getByRole("link", { name: "Perbaiki di Struktur: Uji Lepas Peta" }).click();
  await expect(page).toHaveURL(new RegExp(`/instansi/${depok}/unor\\?unor=\\d+$`));
  await expect(page.getByRole("tree", { name: "Struktur unor dan jabatan" })).toBeVisible();
  await expect(page.locator('[role="treeitem"]:focus')).toHaveAccessibleName(new RegExp(`^${UNIT}\\b`));
});

test("a verifikator reads another instansi's tab without Impor Pegawai or edit links", async ({ page }) => {
  await login(page, "verifikator");
  await expect(page).toHaveURL(/\/instansi$/);
  await page.goto(`/instansi/${jabar}/pegawai`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data Pegawai ASN");
  await expect(page.getByText("Pemerintah Provinsi Jawa Barat ·")).toBeVisible();
  await expect(card(page, "Pegawai tanpa jabatan").locator("[data-jumlah]")).toHaveText(/^\d+$/);
  await expect(page.getByText("Anda hanya dapat melihat data pegawai instansi ini.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Impor Pegawai" })).toHaveCount(0);
  expect(await rows(page).count()).toBeGreaterThan(0);

  // Depok's flagged pegawai: the fix is named, but the pegawai data is not the verifikator's to change.
  await breakMap();
  await page.goto(`/instansi/${depok}/pegawai?masalah=tanpa-jabatan&q=Uji+Tanpa`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Lengkapi jabatan pegawai ini");
  await expect(rows(page).first().getByRole("link")).toHaveCount(0);
});

test("an operator of another instansi gets 403 and never sees Depok's pegawai", async ({ page }) => {
  await breakMap();
  await login(page, "operator.jabar");
  await expect(page).toHaveURL(new RegExp(`/instansi/${jabar}/unor$`));
  for (const url of [`/instansi/${depok}/pegawai`, `/instansi/${depok}/pegawai?masalah=tanpa-jabatan`, `/instansi/${depok}/pegawai?q=Uji`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain("Uji Lepas Peta");
    expect(html).not.toContain(NIP_TANPA);
  }
});
