import { describe, expect, it } from "vitest";
import { labelSelisih, susunPetaJabatan, tandaSelisih } from "./susun";
import { barisLaporan } from "./laporan";
import { buildRows, CELL_STRIDE, FILTER_KOSONG, type JabatanKatalog, type PetaJabatanTabelData, type TabelRow, unpackCells } from "./tabel";

// Root (1) › Bidang X (2) › Seksi Y (3); Root › Bidang Z (4, urutan before X).
const units = [
  { id: 1, parentId: null, nama: "Dinas", jenis: "STRUKTURAL", urutan: 0 },
  { id: 2, parentId: 1, nama: "Bidang X", jenis: "STRUKTURAL", urutan: 2 },
  { id: 3, parentId: 2, nama: "Seksi Y", jenis: "STRUKTURAL", urutan: 0 },
  { id: 4, parentId: 1, nama: "Bidang Z", jenis: "STRUKTURAL", urutan: 1 },
];
const jabatan: JabatanKatalog[] = [
  { id: 100, kode: "A", nama: "Analis", jenis: "FUNGSIONAL", jenjang: "AHLI_PERTAMA", kelas: 8 },
  { id: 101, kode: "P", nama: "Pengadministrasi", jenis: "PELAKSANA", jenjang: null, kelas: 5 },
  { id: 102, kode: "K", nama: "Kepala", jenis: "STRUKTURAL", jenjang: "ADMINISTRATOR", kelas: 11 },
];
// Cells: Dinas Kepala K1 B1; X Analis K3 B1 (−2), Pengadministrasi K1 B2 (+1); Y Analis K2 B0 (−2); Z Pengadministrasi K2 B2.
const cellRows = [
  { id: 10, unorId: 1, jabatanId: 102, kebutuhan: 1, existing: 1 },
  { id: 11, unorId: 2, jabatanId: 100, kebutuhan: 3, existing: 1 },
  { id: 12, unorId: 2, jabatanId: 101, kebutuhan: 1, existing: 2 },
  { id: 13, unorId: 3, jabatanId: 100, kebutuhan: 2, existing: 0 },
  { id: 14, unorId: 4, jabatanId: 101, kebutuhan: 2, existing: 2 },
];

function data(): PetaJabatanTabelData {
  const s = susunPetaJabatan(units, cellRows);
  const idx = new Map(jabatan.map((j, i) => [j.id, i]));
  return {
    instansi: { id: 1, kode: "X", nama: "Uji" },
    total: s.total,
    units: s.units,
    jabatan,
    cells: s.cells.flatMap((c) => [c.id, c.unorId, idx.get(c.jabatanId)!, c.kebutuhan, c.existing, c.selisih]),
    sumber: s.cells.map(() => "MANUAL"),
  };
}

const names = (rows: TabelRow[]): unknown[] => rows.map((r) => (r.kind === "unor" ? [r.unit.nama, names(r.subRows)] : r.jabatan.nama));

describe("susunPetaJabatan (hand-worked)", () => {
  it("orders units by urutan and sums each subtree", () => {
    const s = susunPetaJabatan(units, cellRows);
    expect(s.units.map((u) => [u.nama, u.depth])).toEqual([["Dinas", 0], ["Bidang Z", 1], ["Bidang X", 1], ["Seksi Y", 2]]);
    const x = s.units.find((u) => u.id === 2)!;
    // X own: K4 B3 (−1; lebih 1, kurang 2); with Y: K6 B3 (−3; lebih 1, kurang 4).
    expect(x.sendiri).toMatchObject({ kebutuhan: 4, existing: 3, selisih: -1, kelebihan: 1, kekurangan: 2 });
    expect(x.subtree).toMatchObject({ kebutuhan: 6, existing: 3, selisih: -3, kelebihan: 1, kekurangan: 4, jumlahSel: 3 });
    // Dinas: 1 + 6 + 2 = K9, B 1 + 3 + 2 = 6.
    expect(s.units[0].subtree).toMatchObject({ kebutuhan: 9, existing: 6, selisih: -3 });
    expect(s.total).toEqual(s.units[0].subtree);
    expect(s.cells.map((c) => c.id)).toEqual([10, 14, 11, 12, 13]);
  });

  it("says the sign in words", () => {
    expect([labelSelisih(2), labelSelisih(-3), labelSelisih(0)]).toEqual(["+2 lebih", "\u22123 kurang", "0 sesuai"]);
    expect(tandaSelisih(-1234, (n) => n.toLocaleString("id-ID"))).toBe("\u22121.234");
  });
});

describe("buildRows", () => {
  const d = data();
  const cells = unpackCells(d);
  it("shows everything nested, jabatan before sub-units", () => {
    expect(cells).toHaveLength(5);
    expect(d.cells.length).toBe(5 * CELL_STRIDE);
    expect(names(buildRows(d, cells, FILTER_KOSONG, null))).toEqual([
      ["Dinas", ["Kepala", ["Bidang Z", ["Pengadministrasi"]], ["Bidang X", ["Analis", "Pengadministrasi", ["Seksi Y", ["Analis"]]]]]],
    ]);
  });

  it("keeps the ancestors of shortages and drops units without any", () => {
    expect(names(buildRows(d, cells, { ...FILTER_KOSONG, status: "kurang" }, null))).toEqual([["Dinas", [["Bidang X", ["Analis", ["Seksi Y", ["Analis"]]]]]]]);
    expect(names(buildRows(d, cells, { ...FILTER_KOSONG, status: "lebih", jenis: "PELAKSANA" }, null))).toEqual([["Dinas", [["Bidang X", ["Pengadministrasi"]]]]]);
    expect(buildRows(d, cells, { ...FILTER_KOSONG, kelas: 17 }, null)).toEqual([]);
  });

  it("searches jabatan and unit names, keeping ancestors", () => {
    expect(names(buildRows(d, cells, { ...FILTER_KOSONG, cari: "kepala" }, null))).toEqual([["Dinas", ["Kepala"]]]);
    // A matching unit keeps what is below it.
    expect(names(buildRows(d, cells, { ...FILTER_KOSONG, cari: "bidang x" }, null))).toEqual([
      ["Dinas", [["Bidang X", ["Analis", "Pengadministrasi", ["Seksi Y", ["Analis"]]]]]],
    ]);
  });

  it("sorts jabatan within each unit, units keep their order", () => {
    const rows = buildRows(d, cells, FILTER_KOSONG, { kolom: "selisih", desc: true });
    // X: Pengadministrasi +1 before Analis −2; the units stay Z, X.
    expect(names(rows)).toEqual([
      ["Dinas", ["Kepala", ["Bidang Z", ["Pengadministrasi"]], ["Bidang X", ["Pengadministrasi", "Analis", ["Seksi Y", ["Analis"]]]]]],
    ]);
  });
});

describe("barisLaporan", () => {
  it("closes each unit with its subtree's subtotal after its last descendant", () => {
    const s = susunPetaJabatan(units, cellRows);
    const idx = new Map(jabatan.map((j, i) => [j.id, i]));
    const rows = [...barisLaporan({ instansi: { nama: "Uji" }, total: s.total, units: s.units, cells: s.cells, jabatan, jabatanIndex: s.cells.map((c) => idx.get(c.jabatanId)!) })];
    expect(rows.map((r) => `${r.tipe}:${r.depth}:${r.nama}${r.tipe === "unit" ? "" : ` ${r.b}/${r.k}/${r.selisih}`}`)).toEqual([
      "unit:0:Dinas",
      "jabatan:1:Kepala 1/1/0",
      "unit:1:Bidang Z",
      "jabatan:2:Pengadministrasi 2/2/0",
      "jumlah:1:Jumlah Bidang Z 2/2/0",
      "unit:1:Bidang X",
      "jabatan:2:Analis 1/3/-2",
      "jabatan:2:Pengadministrasi 2/1/1",
      "unit:2:Seksi Y",
      "jabatan:3:Analis 0/2/-2",
      "jumlah:2:Jumlah Seksi Y 0/2/-2",
      "jumlah:1:Jumlah Bidang X 3/6/-3",
      "jumlah:0:Jumlah Dinas 6/9/-3",
    ]);
  });
});
