import { describe, expect, it } from "vitest";
import { listDataUnor } from "@/lib/data/data-unor";
import { listInfoJabatan } from "@/lib/data/info-jabatan";
import { dataUnorFilterSchema, infoJabatanFilterSchema } from "@/lib/validation/daftar-instansi";
import { makeUser } from "../factories";
import { buildResumeInstansi } from "./fixtures/resume-instansi";

const unorFilter = (q: Record<string, string> = {}) => dataUnorFilterSchema.parse(q);
const jabFilter = (q: Record<string, string> = {}) => infoJabatanFilterSchema.parse(q);

describe("Data Unor list (fixtures/resume-instansi.ts)", () => {
  it("lists units in tree order with jenis, eselon, dasar hukum, status and active pegawai", async () => {
    const { inst, units, op } = await buildResumeInstansi();
    const v = (await listDataUnor(op, inst.id, unorFilter()))!;
    expect(v.ringkasan).toEqual({ total: 5, aktif: 4, nonaktif: 1 });
    expect(v.cocok).toBe(5);
    // Tree order by path: R, R/A, R/A/C, R/N, R/S. Pegawai: active ones whose unit it is, with or without
    // jabatan (A: jF 1 + jP 3 + 1 without jabatan = 5; the inactive pegawai is not counted).
    expect(v.rows.map((r) => [r.nama, r.induk, r.tingkat, r.jenis, r.aktif, r.jumlahPegawai, r.jumlahJabatan])).toEqual([
      ["Dinas Uji", null, 1, "STRUKTURAL", true, 1, 1],
      ["Bidang A", "Dinas Uji", 2, "STRUKTURAL", true, 5, 2],
      ["Subbidang C", "Bidang A", 3, "STRUKTURAL", true, 2, 2],
      ["Bidang N", "Dinas Uji", 2, "STRUKTURAL", false, 2, 2],
      ["SD Negeri Uji", "Dinas Uji", 2, "SEKOLAH", true, 0, 0],
    ]);
    expect(v.rows[1]).toMatchObject({ id: units.A.id, dasarHukumNomor: "Perda 1/2020" });
    expect(v.rows[4]).toMatchObject({ kodePembina: "20223101", dasarHukumNomor: null });
  });

  it("filters by status, jenis, name and kode pembina, and pages", async () => {
    const { inst, op } = await buildResumeInstansi();
    const names = async (q: Record<string, string>) => (await listDataUnor(op, inst.id, unorFilter(q)))!.rows.map((r) => r.nama);
    expect(await names({ status: "nonaktif" })).toEqual(["Bidang N"]);
    expect(await names({ status: "aktif" })).toEqual(["Dinas Uji", "Bidang A", "Subbidang C", "SD Negeri Uji"]);
    expect(await names({ jenis: "SEKOLAH" })).toEqual(["SD Negeri Uji"]);
    expect(await names({ q: "BIDANG" })).toEqual(["Bidang A", "Subbidang C", "Bidang N"]);
    expect(await names({ q: "bidang", status: "aktif" })).toEqual(["Bidang A", "Subbidang C"]);
    expect(await names({ q: "20223101" })).toEqual(["SD Negeri Uji"]);
    const page2 = (await listDataUnor(op, inst.id, unorFilter({ halaman: "2" })))!;
    expect([page2.rows.length, page2.cocok]).toEqual([0, 5]);
  });

  it("is refused to another instansi's operator and read by a verifikator", async () => {
    const { inst, opLain } = await buildResumeInstansi();
    expect(await listDataUnor(opLain, inst.id, unorFilter())).toBeNull();
    expect((await listDataUnor(await makeUser("VERIFIKATOR"), inst.id, unorFilter()))?.cocok).toBe(5);
  });
});

describe("Info Jabatan list (fixtures/resume-instansi.ts)", () => {
  it("gives each placed jabatan its infojab state and kebutuhan source", async () => {
    const { inst, cells, op } = await buildResumeInstansi();
    const v = (await listInfoJabatan(op, inst.id, jabFilter()))!;
    // Seven cells: A/jF saved → Diisi, C/jF locked → Terkunci, the other five Belum diisi.
    expect(v.perStatus).toEqual({ BELUM_DIISI: 5, DIISI: 1, TERKUNCI: 1 });
    expect(v.cocok).toBe(7);
    const byId = new Map(v.rows.map((r) => [r.petaJabatanId, r]));
    expect(byId.get(cells.AjF.id)).toMatchObject({ status: "DIISI", sumberKebutuhan: "ABK", unorNama: "Bidang A", kebutuhan: 4, existing: 1 });
    expect(byId.get(cells.CjF.id)).toMatchObject({ status: "TERKUNCI", sumberKebutuhan: "MANUAL", kebutuhan: 2, existing: 0 });
    expect(byId.get(cells.RjS.id)).toMatchObject({ status: "BELUM_DIISI", sumberKebutuhan: "STRUKTURAL", jenis: "STRUKTURAL", kelas: 12 });
    // An inactive unit's cells are listed with their own facts, marked by the unit's status.
    expect(byId.get(cells.NjP.id)).toMatchObject({ unorAktif: false, kebutuhan: 0, existing: 2 });
    // Tree order: R, then A's, C's, N's cells.
    expect(v.rows.map((r) => r.unorNama)).toEqual(["Dinas Uji", "Bidang A", "Bidang A", "Subbidang C", "Subbidang C", "Bidang N", "Bidang N"]);
  });

  it("filters by state, source, jenis and name", async () => {
    const { inst, cells, op } = await buildResumeInstansi();
    const ids = async (q: Record<string, string>) => (await listInfoJabatan(op, inst.id, jabFilter(q)))!.rows.map((r) => r.petaJabatanId);
    expect(await ids({ status: "TERKUNCI" })).toEqual([cells.CjF.id]);
    expect(await ids({ status: "DIISI" })).toEqual([cells.AjF.id]);
    expect(await ids({ status: "BELUM_DIISI" })).toEqual([cells.RjS.id, cells.AjP.id, cells.CjP.id, cells.NjF.id, cells.NjP.id]);
    expect(await ids({ sumber: "ABK" })).toEqual([cells.AjF.id]);
    expect(await ids({ jenis: "PELAKSANA" })).toEqual([cells.AjP.id, cells.CjP.id, cells.NjP.id]);
    expect(await ids({ q: "bidang n" })).toEqual([cells.NjF.id, cells.NjP.id]);
    const v = (await listInfoJabatan(op, inst.id, jabFilter({ status: "BELUM_DIISI", jenis: "FUNGSIONAL" })))!;
    // Counts per state stay the instansi's, whatever the filter; cocok follows it.
    expect([v.cocok, v.perStatus.BELUM_DIISI]).toEqual([1, 5]);
  });

  it("is refused to another instansi's operator", async () => {
    const { inst, opLain } = await buildResumeInstansi();
    expect(await listInfoJabatan(opLain, inst.id, jabFilter())).toBeNull();
  });
});
