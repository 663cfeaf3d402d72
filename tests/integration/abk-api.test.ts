import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/abk/hitung/route";
import { db } from "@/lib/db";
import { DEFAULT_BAND_EJ, DEFAULT_FAKTOR_PERIODE } from "@/lib/domain/abk";

const URL_HITUNG = "http://localhost/api/v1/abk/hitung";

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await POST(
    new Request(URL_HITUNG, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }),
  );
  return { status: res.status, json: await res.json() };
}

const row = (volume: unknown, periode: unknown, waktu: unknown, satuanWaktu: unknown, uraian: unknown = "Tugas") => ({
  uraian,
  volume,
  periode,
  waktu,
  satuanWaktu,
});

function aturan(versi: string, berlakuMulai: string, wkeMenit: number) {
  return db().aturanPerhitungan.create({
    data: {
      versi,
      berlakuMulai: new Date(berlakuMulai),
      wkeMenit,
      faktorPeriode: { ...DEFAULT_FAKTOR_PERIODE },
      pembulatan: "KE_ATAS",
      bandEJ: DEFAULT_BAND_EJ.map((b) => ({ ...b })),
      sumber: "Uji",
    },
  });
}

beforeEach(async () => {
  await db().aturanPerhitungan.deleteMany();
});

// Hand-worked, default rule (WKE 75.000, KE_ATAS):
//   2 per hari    × 250 = 500 × 1 jam (60 menit)     = 30.000
//   10 per minggu × 50  = 500 × 45 menit             = 22.500
//   5 per bulan   × 12  =  60 × 2,5 jam (150 menit)  =  9.000
//   85 per tahun        =  85 × 10 jam (600 menit)   = 51.000
//   Σ 112.500 ÷ 75.000 = 1,5 → 2 orang; EJ with existing 2 = 112.500 ÷ 150.000 = 0,75 → C.
const EMPAT_TUGAS = [
  row(2, "hari", 1, "jam", "Memverifikasi berkas"),
  row(10, "minggu", 45, "menit", "Menyusun laporan mingguan"),
  row(5, "bulan", 2.5, "jam", "Rapat koordinasi"),
  row(85, "tahun", 10, "jam", "Menyusun kajian"),
];

describe("POST /api/v1/abk/hitung", () => {
  it("computes a hand-worked jabatan under the built-in rule when no rule is stored", async () => {
    const { status, json } = await post({ tugas: EMPAT_TUGAS, existing: 2 });
    expect(status).toBe(200);
    expect(json).toEqual({
      totalMenit: 112_500,
      wkeMenit: 75_000,
      kebutuhanPecahan: 1.5,
      kebutuhan: 2,
      ej: 0.75,
      pj: "C",
      versiAturan: "PERMENPANRB-1-2020",
      rincian: [
        { uraian: "Memverifikasi berkas", menitSetahun: 30_000 },
        { uraian: "Menyusun laporan mingguan", menitSetahun: 22_500 },
        { uraian: "Rapat koordinasi", menitSetahun: 9_000 },
        { uraian: "Menyusun kajian", menitSetahun: 51_000 },
      ],
    });
  });

  it("gives null EJ and PJ without existing, and at least 1 for a tiny workload", async () => {
    // 1 per tahun × 1 menit = 1 menit ÷ 75.000 → ceiling 1.
    const { json } = await post({ tugas: [row(1, "tahun", 1, "menit")] });
    expect(json).toMatchObject({ totalMenit: 1, kebutuhan: 1, ej: null, pj: null });
    expect((await post({ tugas: [row(1, "tahun", 1, "menit")], existing: 0 })).json).toMatchObject({ ej: null, pj: null });
  });

  it("keeps exactly 75.000 minutes at 1 where floats would make 2", async () => {
    // 92 per tahun × 0,1 jam (6) = 552; 94 per bulan × 12 = 1.128 × 1,1 jam (66) = 74.448; Σ 75.000 → 1.
    const { json } = await post({ tugas: [row(92, "tahun", 0.1, "jam"), row(94, "bulan", 1.1, "jam")], existing: 1 });
    expect(json).toMatchObject({ totalMenit: 75_000, kebutuhanPecahan: 1, kebutuhan: 1, ej: 1, pj: "B" });
  });

  it("uses the stored rule in force: a past 72.000 rule, not a future 75.000 one", async () => {
    await aturan("PERKABKN-19-2011", "2011-01-01", 72_000);
    await aturan("MASA-DEPAN-75000", "2999-01-01", 75_000);
    // 250 per tahun × 300 menit = 75.000; ÷ 72.000 = 1,041666… → 2 (under 75.000 it would be 1).
    const { status, json } = await post({ tugas: [row(250, "tahun", 300, "menit")], existing: 1 });
    expect(status).toBe(200);
    expect(json).toMatchObject({ wkeMenit: 72_000, versiAturan: "PERKABKN-19-2011", kebutuhan: 2, pj: "A" });
    expect(json.kebutuhanPecahan).toBeCloseTo(75_000 / 72_000, 12);
  });

  it("lets `aturan` override the rule in force and says so in versiAturan", async () => {
    // Σ 112.500 ÷ 60.000 = 1,875 → KE_ATAS 2, KE_BAWAH 1.
    const wke = await post({ tugas: EMPAT_TUGAS, aturan: { wkeMenit: 60_000 } });
    expect(wke.json).toMatchObject({ wkeMenit: 60_000, kebutuhanPecahan: 1.875, kebutuhan: 2, versiAturan: "PERMENPANRB-1-2020+kustom" });
    const both = await post({ tugas: EMPAT_TUGAS, aturan: { wkeMenit: 60_000, pembulatan: "KE_BAWAH" } });
    expect(both.json).toMatchObject({ kebutuhan: 1, versiAturan: "PERMENPANRB-1-2020+kustom" });

    // Over a stored rule: 72.000 stays, only rounding changes. 112.500 ÷ 72.000 = 1,5625 → STANDAR 2, KE_BAWAH 1.
    await aturan("PERKABKN-19-2011", "2011-01-01", 72_000);
    const floor = await post({ tugas: EMPAT_TUGAS, aturan: { pembulatan: "KE_BAWAH" } });
    expect(floor.json).toMatchObject({ wkeMenit: 72_000, kebutuhan: 1, versiAturan: "PERKABKN-19-2011+kustom" });
    expect((await post({ tugas: EMPAT_TUGAS })).json).toMatchObject({ kebutuhan: 2, versiAturan: "PERKABKN-19-2011" });
  });
});

describe("POST /api/v1/abk/hitung: invalid input → 400 with Indonesian fieldErrors", () => {
  it.each([
    ["negative volume", [row(-5, "tahun", 1, "jam")], "tugas.0.volume", "Volume harus lebih dari 0."],
    ["zero volume", [row(0, "tahun", 1, "jam")], "tugas.0.volume", "Volume harus lebih dari 0."],
    ["zero waktu in the second row", [row(1, "tahun", 1, "jam"), row(1, "bulan", 0, "menit")], "tugas.1.waktu", "Waktu penyelesaian harus lebih dari 0."],
    ["volume as text", [row("12", "tahun", 1, "jam")], "tugas.0.volume", "Volume harus berupa angka."],
    ["missing waktu", [{ uraian: "Tugas", volume: 1, periode: "tahun", satuanWaktu: "jam" }], "tugas.0.waktu", "Waktu penyelesaian wajib diisi."],
    ["unknown periode", [row(1, "dekade", 1, "jam")], "tugas.0.periode", "Periode harus salah satu dari: tahun, bulan, minggu, hari."],
    ["unknown satuan", [row(1, "tahun", 1, "detik")], "tugas.0.satuanWaktu", "Satuan waktu harus jam atau menit."],
    ["empty uraian", [row(1, "tahun", 1, "jam", "  ")], "tugas.0.uraian", "Uraian tugas wajib diisi."],
    ["uraian as number", [row(1, "tahun", 1, "jam", 7)], "tugas.0.uraian", "Uraian tugas harus berupa teks."],
    ["a row that is not an object", ["tugas"], "tugas.0", "Setiap uraian tugas harus berupa objek."],
    ["empty tugas", [], "tugas", "Isi paling sedikit satu uraian tugas."],
    ["tugas not an array", "banyak", "tugas", "Daftar tugas harus berupa larik (array)."],
  ])("%s", async (_, tugas, path, message) => {
    const { status, json } = await post({ tugas });
    expect(status).toBe(400);
    expect(json.error).toBe("Data tidak valid. Periksa kembali isian yang ditandai.");
    expect(json.fieldErrors).toEqual({ [path]: [message] });
  });

  it.each([
    ["negative existing", { existing: -1 }, "existing", "Existing tidak boleh negatif."],
    ["fractional existing", { existing: 1.5 }, "existing", "Existing harus bilangan bulat."],
    ["zero WKE", { aturan: { wkeMenit: 0 } }, "aturan.wkeMenit", "WKE harus lebih dari 0 menit."],
    ["fractional WKE", { aturan: { wkeMenit: 75_000.5 } }, "aturan.wkeMenit", "WKE harus bilangan bulat (menit)."],
    ["unknown rounding", { aturan: { pembulatan: "ACAK" } }, "aturan.pembulatan", "Pembulatan harus KE_ATAS, STANDAR atau KE_BAWAH."],
    ["a misspelt rule field", { aturan: { wke: 72_000 } }, "aturan", "Kolom aturan tidak dikenal: wke. Yang boleh: wkeMenit, pembulatan."],
  ])("%s", async (_, extra, path, message) => {
    const { status, json } = await post({ tugas: [row(1, "tahun", 1, "jam")], ...extra });
    expect(status).toBe(400);
    expect(json.fieldErrors).toEqual({ [path]: [message] });
  });

  it("reports every bad field at once", async () => {
    const { json } = await post({ tugas: [row(-1, "tahun", 0, "jam"), row(1, "abad", 1, "jam")], existing: -2 });
    expect(Object.keys(json.fieldErrors).sort()).toEqual(["existing", "tugas.0.volume", "tugas.0.waktu", "tugas.1.periode"]);
  });

  it("refuses a body that is not JSON, or not an object", async () => {
    expect(await post("{ tugas: [")).toEqual({ status: 400, json: { error: "Isi permintaan bukan JSON yang sah.", fieldErrors: {} } });
    expect(await post("")).toEqual({ status: 400, json: { error: "Isi permintaan bukan JSON yang sah.", fieldErrors: {} } });
    expect(await post([])).toEqual({ status: 400, json: { error: "Isi permintaan harus berupa objek JSON.", fieldErrors: {} } });
    expect(await post(null)).toEqual({ status: 400, json: { error: "Isi permintaan harus berupa objek JSON.", fieldErrors: {} } });
  });
});

describe("POST /api/v1/abk/hitung: size limits", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(1, "tahun", 1, "menit", `T${i}`));

  it("accepts 1.000 rows and refuses 1.001", async () => {
    // 1.000 × 1 menit = 1.000 menit → 1 orang.
    const ok = await post({ tugas: rows(1000) });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ totalMenit: 1000, kebutuhan: 1 });
    expect(ok.json.rincian).toHaveLength(1000);

    const body = JSON.stringify({ tugas: rows(1001) });
    expect(Buffer.byteLength(body)).toBeLessThan(256 * 1024); // refused for the count, not the size
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(json.fieldErrors).toEqual({ tugas: ["Paling banyak 1.000 uraian tugas dalam satu perhitungan."] });
  });

  it("accepts exactly 256 KB and refuses one byte more with 413", async () => {
    const base = JSON.stringify({ tugas: [row(1, "tahun", 1, "menit")] });
    const atLimit = base + " ".repeat(256 * 1024 - base.length); // trailing whitespace is valid JSON
    expect(Buffer.byteLength(atLimit)).toBe(256 * 1024);
    expect((await post(atLimit)).status).toBe(200);
    expect(await post(`${atLimit} `)).toEqual({
      status: 413,
      json: { error: "Isi permintaan terlalu besar (paling besar 256 KB).", fieldErrors: {} },
    });
  });

  it("counts bytes, not characters", async () => {
    // 140.000 × "é" is 140.000 characters but 280.000 bytes in UTF-8.
    const body = JSON.stringify({ tugas: [row(1, "tahun", 1, "menit", "é".repeat(140_000))] });
    expect(body.length).toBeLessThan(256 * 1024);
    expect((await post(body)).status).toBe(413);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const res = await POST(
      new Request(URL_HITUNG, {
        method: "POST",
        body: JSON.stringify({ tugas: [row(1, "tahun", 1, "menit")] }),
        headers: { "content-type": "application/json", "content-length": String(300 * 1024) },
      }),
    );
    expect(res.status).toBe(413);
  });
});

describe("POST /api/v1/abk/hitung: unexpected failure", () => {
  it("answers 500 with a request id and no internals when the stored rule is corrupt", async () => {
    await db().aturanPerhitungan.create({
      data: { versi: "RUSAK", berlakuMulai: new Date("2011-01-01"), wkeMenit: 72_000, faktorPeriode: {}, bandEJ: [], sumber: "Uji" },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { status, json } = await post({ tugas: [row(1, "tahun", 1, "jam")] });
      expect(status).toBe(500);
      expect(json.error).toMatch(/^Terjadi kesalahan pada server \(kode [0-9a-f-]{36}\)\. Silakan coba lagi\.$/);
      expect(json.error).not.toContain("RUSAK");
      expect(logged).toHaveBeenCalledOnce();
      expect(String(logged.mock.calls[0][0])).toContain(json.error.match(/kode ([0-9a-f-]{36})/)[1]);
    } finally {
      logged.mockRestore();
    }
  });
});
