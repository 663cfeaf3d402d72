import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./helpers";

/**
 * The operator's unor tree editor. Every test creates its own uniquely named units (a random
 * suffix), so the tests do not depend on each other's data or order.
 */

const uniq = () => Math.random().toString(36).slice(2, 7);

/**
 * Fails on what the console guard of ./fixtures does not see: a browser dialog (alert, confirm:
 * a hostile name must never run), page errors and console errors on extra pages.
 */
function guard(page: Page, { consoleToo = false } = {}): () => void {
  const problems: string[] = [];
  page.on("dialog", async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  if (consoleToo) {
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console.error: ${m.text()}`);
    });
  }
  return () => expect(problems, problems.join("\n")).toEqual([]);
}

let check: () => void = () => {};
test.beforeEach(({ page }) => {
  check = guard(page);
});
test.afterEach(() => check());

async function openEditor(page: Page, user = "operator.jabar") {
  await login(page, user);
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/);
  await expect(page.getByRole("tree", { name: "Struktur unor dan jabatan" })).toBeVisible();
}

const tree = (page: Page) => page.getByRole("tree", { name: "Struktur unor dan jabatan" });
const status = (page: Page) => page.getByRole("status");

async function search(page: Page, term: string) {
  await page.getByRole("searchbox", { name: "Cari Unor" }).fill(term);
  // The search applies when typing pauses; the tree says which term it shows.
  await expect(page.locator(".tree-wrap")).toHaveAttribute("data-search", term.trim().toLocaleLowerCase("id"));
}

/** Texts of the rows shown, in order (after a search: the matches and their ancestors). */
async function rowTexts(page: Page): Promise<string[]> {
  return (await tree(page).getByRole("treeitem").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

async function action(page: Page, nama: string, item: string) {
  await page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true }).click();
  await page.getByRole("menu", { name: `Aksi untuk ${nama}` }).getByRole("menuitem", { name: item, exact: true }).click();
}

async function pickOption(page: Page, combobox: Locator, text: string, option: RegExp | string) {
  await combobox.fill(text);
  await page.getByRole("option", { name: option }).first().click();
}

/** Adds a structural unit (head: Kepala Bidang) under `parent`; the editor reveals it. */
async function addUnit(page: Page, parent: string, nama: string) {
  await action(page, parent, "Tambah Unor Struktural");
  const dialog = page.getByRole("dialog", { name: "Tambah Unor Struktural" });
  await expect(dialog.getByLabel("Nama unor")).toBeFocused();
  await dialog.getByLabel("Nama unor").fill(nama);
  await dialog.getByLabel("Jenjang jabatan kepala (eselon)").selectOption({ label: "Administrator" });
  await pickOption(page, dialog.getByRole("combobox", { name: "Jabatan kepala unor" }), "Kepala Bi", /^Kepala Bidang/);
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText("ditambahkan");
  await expect(page.getByRole("button", { name: `Aksi untuk ${nama}`, exact: true })).toBeVisible();
}

test("adds a structural unit with its head, then a jabatan fungsional; both survive a reload", async ({ page }) => {
  const sfx = uniq();
  const nama = `Bidang Uji ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Organisasi", nama);

  await action(page, nama, "Tambah Jabatan Fungsional");
  const dialog = page.getByRole("dialog", { name: "Tambah Jabatan Fungsional" });
  await dialog.getByLabel("Jenjang").selectOption({ label: "Ahli Muda" });
  await pickOption(page, dialog.getByRole("combobox", { name: "Jabatan" }), "Pranata Komp", /Pranata Komputer Ahli Muda/);
  await dialog.getByLabel("Kebutuhan").fill("3");
  await dialog.getByRole("button", { name: "Tambah" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText(`Pranata Komputer Ahli Muda ditambahkan ke ${nama}`);

  await page.reload();
  await search(page, sfx);
  const rows = await rowTexts(page);
  // Ancestors stay visible; the unit's jabatan show with it.
  expect(rows[0]).toContain("Pemerintah Provinsi Jawa Barat");
  expect(rows.some((r) => r.includes("Biro Organisasi"))).toBe(true);
  const unit = rows.findIndex((r) => r.includes(nama));
  expect(unit).toBeGreaterThan(0);
  expect(rows[unit]).toContain("K 4 · B 0");
  expect(rows.find((r) => r.startsWith("◦ Kepala Bidang"))).toMatch(/Struktural kelas 12 K 1 · B 0 · −1/);
  expect(rows.find((r) => r.includes("Pranata Komputer Ahli Muda"))).toMatch(/JF kelas 9 K 3 · B 0 · −3/);
});

test("hostile unit names are shown as text and run nothing", async ({ page }) => {
  const sfx = uniq();
  const script = `<script>alert(1)</script> Bidang Uji ${sfx}`;
  // innerHTML would not run a <script>, but it would run this handler.
  const img = `<img src=x onerror=alert(2)> Bidang Gambar ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", script);
  await addUnit(page, "Biro Umum", img);
  await page.reload();
  await search(page, sfx);
  await expect(tree(page).getByText(script, { exact: true })).toBeVisible();
  await expect(tree(page).getByText(img, { exact: true })).toBeVisible();
  await expect(tree(page).locator("script, img")).toHaveCount(0);
  // The dialogs show the name as text too.
  await action(page, img, "Ubah Nama");
  const dialog = page.getByRole("dialog", { name: "Ubah Nama" });
  await expect(dialog.getByText(`Unor: ${img}`)).toBeVisible();
  await expect(dialog.getByLabel("Nama unor")).toHaveValue(img);
  await expect(dialog.locator("img")).toHaveCount(0);
  await page.keyboard.press("Escape");
  // afterEach: no alert fired.
});

test("empty, too long and duplicate sibling names are refused with Indonesian messages", async ({ page }) => {
  await openEditor(page);
  await action(page, "Sekretariat Daerah", "Tambah Unor Struktural");
  const dialog = page.getByRole("dialog", { name: "Tambah Unor Struktural" });
  const nama = dialog.getByLabel("Nama unor");

  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByText("Nama unor minimal 3 karakter.")).toBeVisible();
  await expect(nama).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert")).toContainText("Data tidak valid");

  await nama.fill("B".repeat(301));
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByText("Nama unor paling panjang 300 karakter.")).toBeVisible();

  // "Biro Organisasi" already sits under Sekretariat Daerah: case and spacing do not make a new name.
  await nama.fill("  biro   ORGANISASI ");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByText(/Nama sudah dipakai unor lain di bawah atasan yang sama/)).toBeVisible();
  await expect(dialog.getByRole("alert")).toContainText("sama dengan unor \"Biro Organisasi\"");
  // A refused name is not a conflict to reload.
  await expect(dialog.getByRole("button", { name: "Muat ulang" })).toHaveCount(0);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  await search(page, "biro organisasi");
  expect((await rowTexts(page)).filter((r) => /biro organisasi/i.test(r))).toHaveLength(1);
});

test("renames a unit with a reason; the dialog says renaming is for typos", async ({ page }) => {
  const sfx = uniq();
  const salah = `Bidang Keuangna ${sfx}`;
  const benar = `Bidang Keuangan ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", salah);

  await action(page, salah, "Ubah Nama");
  const dialog = page.getByRole("dialog", { name: "Ubah Nama" });
  await expect(dialog).toContainText("hanya untuk memperbaiki salah ketik");
  await dialog.getByLabel("Nama unor").fill(benar);
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByText(/Alasan minimal 10 karakter/)).toBeVisible();
  await dialog.getByLabel("Alasan perubahan").fill("Salah ketik: Keuangna menjadi Keuangan");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText(`Nama unor diubah menjadi "${benar}"`);

  await page.reload();
  await search(page, sfx);
  await expect(tree(page).getByText(benar, { exact: true })).toBeVisible();
  await expect(tree(page).getByText(salah, { exact: true })).toHaveCount(0);
});

test("reorders with Ubah Urutan and moves a unit under another parent", async ({ page }) => {
  const sfx = uniq();
  const induk = `Bagian Induk ${sfx}`;
  const a = `Subbagian Alfa ${sfx}`;
  const b = `Subbagian Beta ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", induk);
  await addUnit(page, induk, a);
  await addUnit(page, induk, b);

  const order = async () => {
    const rows = await rowTexts(page);
    return { a: rows.findIndex((r) => r.includes(a)), b: rows.findIndex((r) => r.includes(b)) };
  };
  await search(page, sfx);
  let o = await order();
  expect(o.a).toBeLessThan(o.b);

  // Keyboard users: the dialog's position list and its up/down buttons.
  await action(page, b, "Ubah Urutan");
  const dialog = page.getByRole("dialog", { name: "Ubah Urutan" });
  const posisi = dialog.getByLabel("Posisi di antara unor setingkat");
  await expect(posisi).toBeFocused();
  await expect(posisi).toHaveValue("1");
  await dialog.getByRole("button", { name: "↑ Naikkan" }).click();
  await expect(posisi).toHaveValue("0");
  await dialog.getByRole("button", { name: "Simpan Urutan" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText(`Urutan ${b} diubah.`);

  await page.reload();
  await search(page, sfx);
  o = await order();
  expect(o.b).toBeLessThan(o.a);

  // Move Alfa under Beta through the parent picker.
  await action(page, a, "Ubah Urutan");
  await pickOption(page, dialog.getByRole("combobox", { name: "Unor atasan" }), `Beta ${sfx}`, new RegExp(`Subbagian Beta ${sfx}`));
  await dialog.getByRole("button", { name: "Simpan Urutan" }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toContainText(`${a} dipindahkan.`);

  await page.reload();
  await search(page, sfx);
  const levelOf = (nama: string) => tree(page).getByRole("treeitem").filter({ hasText: nama }).getAttribute("aria-level");
  expect(Number(await levelOf(a))).toBe(Number(await levelOf(b)) + 1);

  // A unit cannot be moved under itself: its own subtree is not offered as a parent.
  await action(page, b, "Ubah Urutan");
  await dialog.getByRole("combobox", { name: "Unor atasan" }).fill(`Alfa ${sfx}`);
  await expect(page.getByRole("listbox")).toContainText("Tidak ada yang cocok.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("moves a unit by drag and drop", async ({ page }) => {
  const sfx = uniq();
  const induk = `Bagian Seret ${sfx}`;
  const a = `Subbagian Satu ${sfx}`;
  const b = `Subbagian Dua ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", induk);
  await addUnit(page, induk, a);
  await addUnit(page, induk, b);
  await search(page, "");
  // Drop "Dua" onto "Satu": it becomes Satu's sub-unit.
  const row = (nama: string) => tree(page).locator("[data-node-id]").filter({ hasText: nama });
  await row(b).dragTo(row(a));
  await expect(status(page)).toContainText(`${b} dipindahkan ke bawah ${a}.`);
  await page.reload();
  await search(page, sfx);
  const levelOf = (nama: string) => tree(page).getByRole("treeitem").filter({ hasText: nama }).getAttribute("aria-level");
  expect(Number(await levelOf(b))).toBe(Number(await levelOf(a)) + 1);
});

test("deactivates a unit (hidden unless asked for), activates it again, and deletes it", async ({ page }) => {
  const sfx = uniq();
  const nama = `Bidang Sementara ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", nama);

  await action(page, nama, "Non Aktifkan Unor");
  const nonaktif = page.getByRole("dialog", { name: "Non Aktifkan Unor" });
  await nonaktif.getByRole("button", { name: "Non Aktifkan" }).click();
  await expect(nonaktif).toBeHidden();
  await expect(status(page)).toContainText(`${nama} dinonaktifkan`);

  await page.reload();
  await search(page, sfx);
  await expect(tree(page).getByText(nama, { exact: true })).toHaveCount(0);
  await page.getByLabel("Tampilkan unor nonaktif").check();
  await expect(page).toHaveURL(/nonaktif=1/);
  const row = tree(page).getByRole("treeitem").filter({ hasText: nama });
  await expect(row).toContainText("Nonaktif");

  await action(page, nama, "Aktifkan Unor");
  const aktifkan = page.getByRole("dialog", { name: "Aktifkan Unor" });
  await aktifkan.getByRole("button", { name: "Aktifkan" }).click();
  await expect(status(page)).toContainText(`${nama} diaktifkan kembali`);
  await expect(row).not.toContainText("Nonaktif");

  await action(page, nama, "Hapus Unor");
  const hapus = page.getByRole("dialog", { name: "Hapus Unor" });
  await hapus.getByRole("button", { name: "Hapus" }).click();
  await expect(hapus).toBeHidden();
  await expect(status(page)).toContainText(`Unor ${nama} dihapus.`);
  await page.reload();
  await search(page, sfx);
  await expect(tree(page).getByText(nama, { exact: true })).toHaveCount(0);
});

test("deleting a unit with pegawai is refused with the reason and offers deactivation", async ({ page }) => {
  await openEditor(page);
  await action(page, "Sekretariat Daerah", "Hapus Unor");
  const dialog = page.getByRole("dialog", { name: "Hapus Unor" });
  await dialog.getByRole("button", { name: "Hapus" }).click();
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText("Unor tidak dapat dihapus: masih tercatat");
  await expect(alert.getByRole("button", { name: "Non Aktifkan Unor" })).toBeVisible();
  await dialog.getByRole("button", { name: "Batal" }).click();
  await expect(dialog).toBeHidden();
  await expect(tree(page).getByText("Sekretariat Daerah", { exact: true })).toBeVisible();
});

test("replicates jabatan fungsional and pelaksana from a unit of this instansi and of another instansi's OTK", async ({ page }) => {
  const sfx = uniq();
  const nama = `Bidang Replika ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", nama);

  await action(page, nama, "Replikasi Jabatan Fungsional / Pelaksana");
  let dialog = page.getByRole("dialog", { name: "Replikasi Jabatan Fungsional / Pelaksana" });
  await pickOption(page, dialog.getByRole("combobox", { name: "Unor sumber" }), "Bidang Informasi Kep", /Bidang Informasi Kepegawaian/);
  await dialog.getByRole("button", { name: "Replikasi" }).click();
  let hasil = page.getByRole("dialog", { name: "Hasil Replikasi Jabatan" });
  await expect(hasil).toContainText("3 jabatan disalin, 0 dilewati.");
  const disalin = hasil.getByRole("region", { name: "Jabatan disalin" });
  await expect(disalin).toContainText("Pranata Komputer Ahli Pertama");
  await expect(disalin).toContainText("Pranata Komputer Mahir");
  await expect(disalin).toContainText("Pengolah Data dan Informasi");
  await hasil.getByRole("button", { name: "Tutup", exact: true }).click();
  await expect(hasil).toBeHidden();

  // From BKN's OTK: the Pranata Komputer Ahli Pertama already here is skipped and reported.
  await action(page, nama, "Replikasi Jabatan Fungsional / Pelaksana");
  dialog = page.getByRole("dialog", { name: "Replikasi Jabatan Fungsional / Pelaksana" });
  await dialog.getByLabel("OTK instansi lain").check();
  await pickOption(page, dialog.getByRole("combobox", { name: "Instansi sumber" }), "Kepegawaian Negara", "Badan Kepegawaian Negara");
  await pickOption(page, dialog.getByRole("combobox", { name: "Unor sumber" }), "Pengembangan Aplikasi", /Subdirektorat Pengembangan Aplikasi/);
  await dialog.getByRole("button", { name: "Replikasi" }).click();
  hasil = page.getByRole("dialog", { name: "Hasil Replikasi Jabatan" });
  await expect(hasil).toContainText("2 jabatan disalin, 1 dilewati.");
  await expect(hasil.getByRole("region", { name: "Jabatan dilewati" })).toContainText("Pranata Komputer Ahli Pertama — sudah ada di unor tujuan");
  await hasil.getByRole("button", { name: "Tutup", exact: true }).click();

  await page.reload();
  await search(page, sfx);
  const rows = await rowTexts(page);
  for (const j of ["Pranata Komputer Ahli Pertama", "Pranata Komputer Mahir", "Pengolah Data dan Informasi", "Pranata Komputer Ahli Muda", "Penata Kelola Sistem dan Teknologi Informasi"]) {
    expect(rows.filter((r) => r.startsWith(`◦ ${j} `)), j).toHaveLength(1);
  }
});

test("changes kebutuhan and removes a placed jabatan; a jabatan held by pegawai cannot be removed", async ({ page }) => {
  const sfx = uniq();
  const nama = `Bidang Jabatan ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", nama);
  await action(page, nama, "Tambah Jabatan Pelaksana");
  const tambah = page.getByRole("dialog", { name: "Tambah Jabatan Pelaksana" });
  await pickOption(page, tambah.getByRole("combobox", { name: "Jabatan" }), "Pengadministrasi", /Pengadministrasi Perkantoran/);
  await tambah.getByRole("button", { name: "Tambah" }).click();
  await expect(status(page)).toContainText("Pengadministrasi Perkantoran ditambahkan");

  await search(page, sfx);
  await action(page, "Pengadministrasi Perkantoran", "Ubah Kebutuhan");
  const kebutuhan = page.getByRole("dialog", { name: "Ubah Kebutuhan" });
  await kebutuhan.getByLabel("Kebutuhan").fill("-1");
  await kebutuhan.getByRole("button", { name: "Simpan" }).click();
  await expect(kebutuhan.getByText("Kebutuhan tidak boleh negatif.")).toBeVisible();
  await kebutuhan.getByLabel("Kebutuhan").fill("4");
  await kebutuhan.getByRole("button", { name: "Simpan" }).click();
  await expect(status(page)).toContainText("menjadi 4");
  await expect(tree(page).getByRole("treeitem").filter({ hasText: "Pengadministrasi Perkantoran" })).toContainText("K 4 · B 0");

  await action(page, "Pengadministrasi Perkantoran", "Hapus Jabatan");
  const hapus = page.getByRole("dialog", { name: "Hapus Jabatan" });
  await hapus.getByRole("button", { name: "Hapus" }).click();
  await expect(status(page)).toContainText(`Pengadministrasi Perkantoran dihapus dari ${nama}`);
  await page.reload();
  await search(page, sfx);
  await expect(tree(page).getByText("Pengadministrasi Perkantoran")).toHaveCount(0);

  // Penata Layanan Operasional in Sekretariat Daerah has pegawai (B > 0).
  await search(page, "Sekretariat Daerah");
  await action(page, "Penata Layanan Operasional", "Hapus Jabatan");
  const refused = page.getByRole("dialog", { name: "Hapus Jabatan" });
  await refused.getByRole("button", { name: "Hapus" }).click();
  await expect(refused.getByRole("alert")).toContainText(/tidak dapat dihapus: masih dipegang \d+ pegawai/);
  await refused.getByRole("button", { name: "Batal" }).click();
});

test("a change based on stale data is refused and offers Muat ulang", async ({ browser }) => {
  const sfx = uniq();
  const nama = `Bidang Bersama ${sfx}`;
  const one = await browser.newPage();
  const two = await browser.newPage();
  const checks = [guard(one, { consoleToo: true }), guard(two, { consoleToo: true })];
  try {
    await openEditor(one);
    await addUnit(one, "Biro Umum", nama);
    await openEditor(two);
    await search(two, sfx);
    await expect(tree(two).getByText(nama, { exact: true })).toBeVisible();

    // The first operator renames it...
    await action(one, nama, "Ubah Nama");
    let dialog = one.getByRole("dialog", { name: "Ubah Nama" });
    await dialog.getByLabel("Nama unor").fill(`${nama} Satu`);
    await dialog.getByLabel("Alasan perubahan").fill("Perbaikan salah ketik nama");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await expect(status(one)).toContainText("Nama unor diubah");

    // ...the second, still showing the old version, is refused rather than overwriting it.
    await action(two, nama, "Ubah Nama");
    dialog = two.getByRole("dialog", { name: "Ubah Nama" });
    await dialog.getByLabel("Nama unor").fill(`${nama} Dua`);
    await dialog.getByLabel("Alasan perubahan").fill("Perbaikan salah ketik nama");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("sudah diubah oleh pengguna lain");
    await alert.getByRole("button", { name: "Muat ulang" }).click();
    await expect(dialog).toBeHidden();
    await expect(tree(two).getByText(`${nama} Satu`, { exact: true })).toBeVisible();
    await expect(tree(two).getByText(`${nama} Dua`, { exact: true })).toHaveCount(0);
    for (const c of checks) c();
  } finally {
    await one.close();
    await two.close();
  }
});

test("keyboard: arrows move, Enter opens the actions menu, F2 renames, Delete asks to delete, Escape closes", async ({ page }) => {
  const sfx = uniq();
  const nama = `Bidang Papan Ketik ${sfx}`;
  await openEditor(page);
  await addUnit(page, "Biro Umum", nama);
  await search(page, sfx);
  // The new unit is focused after it was added; start again from the search box.
  await page.getByRole("searchbox", { name: "Cari Unor" }).focus();
  await page.keyboard.press("Tab"); // "Tampilkan unor nonaktif"
  await page.keyboard.press("Tab"); // the tree (it hands the focus to its current row)
  const focusedRow = tree(page).locator('[role="treeitem"]:focus');
  // Rows: Pemerintah Provinsi Jawa Barat, Sekretariat Daerah, Biro Umum, the unit, its Kepala Bidang.
  await page.keyboard.press("Home");
  await expect(focusedRow).toContainText("Pemerintah Provinsi Jawa Barat");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await expect(focusedRow).toContainText(nama);

  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: `Aksi untuk ${nama}` });
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Tambah Jabatan Fungsional" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(focusedRow).toContainText(nama);

  await page.keyboard.press("F2");
  const rename = page.getByRole("dialog", { name: "Ubah Nama" });
  await expect(rename.getByLabel("Nama unor")).toBeFocused();
  await expect(rename.getByLabel("Nama unor")).toHaveValue(nama);
  await page.keyboard.press("Escape");
  await expect(rename).toBeHidden();

  await page.keyboard.press("Delete");
  const hapus = page.getByRole("dialog", { name: "Hapus Unor" });
  await expect(hapus).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(hapus).toBeHidden();
  await expect(focusedRow).toContainText(nama);

  // Choosing from the menu with the keyboard opens that dialog.
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem", { name: "Hapus Unor" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Hapus Unor" })).toBeVisible();
  await page.keyboard.press("Escape");
});

test("reads well at 1366×768", async ({ page }) => {
  await openEditor(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Provinsi Jawa Barat");
  // Nothing wider than the window, and the tree fits under the fold.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await tree(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  expect(box!.height).toBeGreaterThan(400);
  await page.screenshot({ path: "test-results/unor-editor-1366x768.png" });
  await action(page, "Biro Organisasi", "Tambah Unor Struktural");
  await page.screenshot({ path: "test-results/unor-editor-dialog-1366x768.png" });
  await page.keyboard.press("Escape");
});
