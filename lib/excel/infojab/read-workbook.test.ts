import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CORRUPT_MESSAGE, NOT_XLSX_MESSAGE, readInfojabWorkbook } from "./read-workbook";
import { SAMPLE_ISI, editWorkbook, jabatanRow, streamOf, workbookBuffer } from "./test-helpers";

const valid = () => workbookBuffer([{ jabatan: jabatanRow(7, 3), isi: SAMPLE_ISI }, { jabatan: jabatanRow(8, 0), isi: { ...SAMPLE_ISI, uraianTugas: [] } }]);
const read = (buf: Buffer) => readInfojabWorkbook(streamOf(buf));
const setCell = (sheet: string, address: string, value: ExcelJS.CellValue) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(sheet)!.getCell(address).value = value;
};

describe("readInfojabWorkbook", () => {
  it("reads back exactly what was written, every section, with the version of each jabatan", async () => {
    const r = await read(await valid());
    expect(r.masalah).toEqual([]);
    expect(r.jabatan.map((j) => [j.kode, j.versi, j.row])).toEqual([[7, 3, 2], [8, 0, 3]]);
    expect(r.jabatan[0].isi).toEqual(SAMPLE_ISI);
    expect(r.jabatan[1].isi.uraianTugas).toEqual([]);
  });

  it("orders uraian tugas by No, not by row", async () => {
    const buf = await editWorkbook(await valid(), (wb) => {
      const ws = wb.getWorksheet("Tugas Pokok")!;
      ws.getCell("B2").value = 2;
      ws.getCell("B3").value = 1;
    });
    const r = await read(buf);
    expect(r.masalah).toEqual([]);
    expect(r.jabatan[0].isi.uraianTugas.map((t) => t.uraian)).toEqual([SAMPLE_ISI.uraianTugas[1].uraian, "Menghimpun data formasi"]);
  });

  it("reports text in a number column, zero and negative beban, a missing uraian — each at its cell", async () => {
    const buf = await editWorkbook(await valid(), (wb) => {
      const ws = wb.getWorksheet("Tugas Pokok")!;
      ws.getCell("F2").value = "dua belas";
      ws.getCell("F3").value = 0;
      ws.getCell("H3").value = -5;
      ws.addRow([7, 3, "", "", "", 2, "TAHUN", 1, "JAM"]);
    });
    const r = await read(buf);
    expect(r.jabatan.map((j) => j.kode)).toEqual([8]);
    expect(r.masalah).toEqual([
      { sheet: "Tugas Pokok", row: 2, column: "F", message: 'Beban Kerja harus berupa angka, bukan teks ("dua belas").' },
      { sheet: "Tugas Pokok", row: 3, column: "F", message: "Beban kerja harus lebih dari 0." },
      { sheet: "Tugas Pokok", row: 3, column: "H", message: "Waktu penyelesaian harus lebih dari 0." },
      { sheet: "Tugas Pokok", row: 4, column: "C", message: "Uraian tugas wajib diisi." },
    ]);
  });

  it("reports an unknown periode, satuan waktu, syarat code and jenis", async () => {
    const buf = await editWorkbook(await valid(), (wb) => {
      setCell("Tugas Pokok", "G2", "TRIWULAN")(wb);
      setCell("Tugas Pokok", "I3", "DETIK")(wb);
      const syarat = wb.getWorksheet("Syarat Jabatan")!;
      syarat.addRow([7, "bakat kerja", "Z"]);
      syarat.addRow([7, "hobi", "catur"]);
    });
    const r = await read(buf);
    expect(r.masalah).toEqual([
      { sheet: "Syarat Jabatan", row: 27, column: "B", message: 'Jenis "hobi" tidak dikenal. Lihat sheet Petunjuk untuk daftar jenis.' },
      { sheet: "Tugas Pokok", row: 2, column: "G", message: "Periode harus TAHUN, BULAN, MINGGU atau HARI." },
      { sheet: "Tugas Pokok", row: 3, column: "I", message: "Satuan waktu harus JAM atau MENIT." },
      { sheet: "Syarat Jabatan", row: 26, column: "C", message: "Bakat kerja: kode tidak dikenal. Pilih dari daftar baku." },
    ]);
  });

  it("reports a missing sheet and a Kode Peta Jabatan that is not on the Jabatan sheet", async () => {
    const buf = await editWorkbook(await valid(), (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Wewenang")!.id);
      wb.getWorksheet("Hasil Kerja")!.addRow([99, "Laporan liar", ""]);
    });
    const r = await read(buf);
    expect(r.masalah).toEqual([
      { sheet: "Wewenang", row: null, column: null, message: 'Sheet "Wewenang" tidak ada di file. Gunakan template dari portal.' },
      { sheet: "Hasil Kerja", row: 4, column: "A", message: "Kode Peta Jabatan 99 tidak tercantum di sheet Jabatan." },
    ]);
  });

  it("refuses a truncated file and a renamed csv with one clear message", async () => {
    const buf = await valid();
    expect((await read(buf.subarray(0, Math.floor(buf.length / 2)))).masalah).toEqual([{ sheet: null, row: null, column: null, message: CORRUPT_MESSAGE }]);
    expect((await read(Buffer.from("Kode Peta Jabatan;No;Uraian\n7;1;Menyusun\n"))).masalah).toEqual([{ sheet: null, row: null, column: null, message: NOT_XLSX_MESSAGE }]);
  });
});

describe("writeInfojabWorkbook", () => {
  it("writes formula-like text as text cells, never as formulas", async () => {
    const buf = await valid();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const tugas = wb.getWorksheet("Tugas Pokok")!;
    expect(tugas.getCell("C3").type).toBe(ExcelJS.ValueType.String);
    expect(tugas.getCell("C3").value).toBe('=HYPERLINK("http://x")');
    expect(tugas.getCell("D3").value).toBe("+62 laporan");
    expect(tugas.getCell("E3").value).toBe("-");
    expect(wb.getWorksheet("Wewenang")!.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(wb.getWorksheet("Wewenang")!.getCell("B2").value).toBe("@meminta data");
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas++))));
    expect(formulas).toBe(0);
    expect(tugas.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(tugas.getCell("F2").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThan", formulae: [0] });
    expect(tugas.getCell("G2").dataValidation).toMatchObject({ type: "list", formulae: ['"TAHUN,BULAN,MINGGU,HARI"'] });
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Petunjuk", "Jabatan", "Tugas Pokok", "Data Jabatan", "Hasil Kerja", "Bahan Kerja", "Perangkat Kerja", "Tanggung Jawab", "Wewenang",
      "Korelasi Jabatan", "Kondisi Lingkungan Kerja", "Risiko Bahaya", "Syarat Jabatan",
    ]);
  });
});
