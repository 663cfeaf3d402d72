import { describe, expect, it } from "vitest";
import { hrefPegawai, parsePegawaiQuery, toFilter } from "@/app/(app)/instansi/[instansiId]/pegawai/_components/query";

/** The tab's URL state: what a reader may type or share in the address bar. */
describe("Data Pegawai ASN URL state", () => {
  it("parses a full query into the data layer's filter", () => {
    const q = parsePegawaiQuery({ q: "  Budi ", jenis: "PNS", status: "semua", unor: "12", masalah: "tanpa-jabatan", hal: "3" });
    expect(toFilter(q)).toEqual({ q: "Budi", jenis: "PNS", status: "semua", unorId: 12, masalah: "tanpa-jabatan", halaman: 3, perHalaman: 50 });
  });

  it("drops what it does not know instead of failing the page", () => {
    const q = parsePegawaiQuery({ q: "", jenis: "HONORER", status: "x", unor: "-4", masalah: "<script>", hal: "abc" });
    expect(toFilter(q)).toEqual({ q: undefined, jenis: undefined, status: "aktif", unorId: undefined, masalah: undefined, halaman: 1, perHalaman: 50 });
    // A repeated parameter counts once; the units card lists units, not pegawai.
    expect(toFilter(parsePegawaiQuery({ jenis: ["PPPK", "PNS"], masalah: "unor-tanpa-kebutuhan" }))).toMatchObject({ jenis: "PPPK", masalah: undefined });
  });

  it("builds links that keep the other filters and go back to page 1", () => {
    const q = parsePegawaiQuery({ q: "Budi Santoso", jenis: "PNS", hal: "4" });
    expect(hrefPegawai(7, q, { masalah: "unor" })).toBe("/instansi/7/pegawai?q=Budi+Santoso&jenis=PNS&masalah=unor");
    expect(hrefPegawai(7, q, { hal: 5 })).toBe("/instansi/7/pegawai?q=Budi+Santoso&jenis=PNS&hal=5");
    expect(hrefPegawai(7, parsePegawaiQuery({}), {})).toBe("/instansi/7/pegawai");
  });
});
