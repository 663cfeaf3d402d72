import crypto from "node:crypto";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { query } from "./db";
import { login } from "./helpers";

/** The infojab Excel routes over real HTTP, as the browser calls them: status, headers, bodies. */

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NOT_XLSX = "File bukan file Excel (.xlsx). Gunakan template dari portal dan simpan sebagai Excel Workbook (.xlsx).";
const CORRUPT = "File Excel rusak atau tidak lengkap (mungkin terpotong saat diunggah). Simpan ulang file di Excel, lalu unggah kembali.";
const TOO_LARGE = "File terlalu besar (paling besar 20 MB). Bagi per unit kerja, lalu unggah satu per satu.";


const sheetsOf = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
};

/** The NDJSON answer of the import route, line by line. */
const ndjson = (text: string) => text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

test("infojab Excel routes: 401 without a session, 403 for another instansi, streamed downloads, import refusals by cause", async ({ page }) => {
  const anonymous = await page.request.get("/api/v1/infojab/template");
  expect(anonymous.status()).toBe(401);

  await login(page, "operator.jabar");
  await expect(page).toHaveURL(/\/instansi\/\d+\/unor$/, { timeout: 20_000 });
  const instansiId = Number(/\/instansi\/(\d+)\//.exec(page.url())![1]);
  const [{ lain }] = await query<{ lain: number }>(`SELECT min(id) AS lain FROM "Instansi" WHERE id <> $1`, [instansiId]);
  const [cell] = await query<{ id: number }>(
    `SELECT p.id FROM "PetaJabatan" p JOIN "Infojab" i ON i."petaJabatanId" = p.id WHERE p."instansiId" = $1 AND i."lockedAt" IS NULL ORDER BY p.id LIMIT 1`,
    [instansiId],
  );

  const template = await page.request.get("/api/v1/infojab/template");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toBe(XLSX);
  expect(template.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+\.xlsx"/);
  expect(await sheetsOf(await template.body())).toContain("Petunjuk");

  // Another instansi's data: refused, in Indonesian, and nothing streamed.
  const foreign = await page.request.get(`/api/v1/instansi/${lain}/infojab/export`);
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toBe("Anda tidak berwenang membaca data instansi ini.");
  const foreignImport = await page.request.post(`/api/v1/instansi/${lain}/infojab/import`, {
    multipart: { file: { name: "x.xlsx", mimeType: XLSX, buffer: await template.body() } },
  });
  expect(foreignImport.status()).toBe(403);
  expect((await foreignImport.json()).error).toBe("Anda tidak berwenang mengubah data instansi ini.");

  const one = await page.request.get(`/api/v1/instansi/${instansiId}/infojab/export?petaJabatanId=${cell.id}`);
  expect(one.status()).toBe(200);
  expect(one.headers()["x-jumlah-jabatan"]).toBe("1");
  const file = await one.body();

  const upload = (name: string, buffer: Buffer) =>
    page.request.post(`/api/v1/instansi/${instansiId}/infojab/import`, { multipart: { file: { name, mimeType: XLSX, buffer } } });

  // Round trip over HTTP: progress lines, then "tidak ada perubahan".
  const same = ndjson(await (await upload("infojab.xlsx", file)).text());
  expect(same.slice(0, -1).every((l) => typeof l.tahap === "string")).toBe(true);
  expect(same.at(-1)).toMatchObject({ hasil: { pesan: "Tidak ada perubahan.", jabatan: [] } });

  const refused = async (name: string, buffer: Buffer) => ndjson(await (await upload(name, buffer)).text()).at(-1)!.error as { message: string; masalah: { message: string }[] };
  expect((await refused("data.xlsx", Buffer.from("kode,uraian\n1,Menyusun laporan\n"))).masalah.map((m) => m.message)).toEqual([NOT_XLSX]);
  expect((await refused("terpotong.xlsx", file.subarray(0, Math.floor(file.length / 2)))).masalah.map((m) => m.message)).toEqual([CORRUPT]);

  // A valid file over 10 MB (a 12 MB picture on the Petunjuk sheet) arrives whole through proxy.ts.
  const padded = new ExcelJS.Workbook();
  await padded.xlsx.load(file as unknown as ArrayBuffer);
  const picture = padded.addImage({ buffer: crypto.randomBytes(12 * 1024 * 1024) as unknown as ExcelJS.Buffer, extension: "png" });
  padded.getWorksheet("Petunjuk")!.addImage(picture, "H2:J6");
  const heavy = Buffer.from(await padded.xlsx.writeBuffer());
  expect(heavy.length).toBeGreaterThan(12 * 1024 * 1024);
  expect(ndjson(await (await upload("berat.xlsx", heavy)).text()).at(-1)).toMatchObject({ hasil: { pesan: "Tidak ada perubahan." } });

  const big = await upload("besar.xlsx", Buffer.concat([file, Buffer.alloc(21 * 1024 * 1024)]));
  expect(big.status()).toBe(413);
  expect((await big.json()).error).toBe(TOO_LARGE);

  const notMultipart = await page.request.post(`/api/v1/instansi/${instansiId}/infojab/import`, { data: { file: "x" } });
  expect(notMultipart.status()).toBe(400);
  expect((await notMultipart.json()).error).toBe("Kirim file sebagai multipart/form-data.");
});
