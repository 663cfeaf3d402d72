import { describe, expect, it } from "vitest";
import { parseJenisKelamin, parseTanggal } from "./tanggal";

describe("parseTanggal", () => {
  it("reads ISO and the Indonesian day-first orders to YYYY-MM-DD", () => {
    expect(parseTanggal("1985-03-12")).toBe("1985-03-12");
    expect(parseTanggal("12-03-1985")).toBe("1985-03-12");
    expect(parseTanggal("2/3/1985")).toBe("1985-03-02");
    expect(parseTanggal(" 12.03.1985 ")).toBe("1985-03-12");
  });
  it("refuses impossible days and other text", () => {
    expect(parseTanggal("31-02-1990")).toBeNull();
    expect(parseTanggal("1990-13-01")).toBeNull();
    expect(parseTanggal("03/12/85")).toBeNull();
    expect(parseTanggal("kemarin")).toBeNull();
  });
});

describe("parseJenisKelamin", () => {
  it("knows L/P, the words and the NIP digit", () => {
    expect(["L", "pria", "Laki-laki", "1"].map(parseJenisKelamin)).toEqual(["PRIA", "PRIA", "PRIA", "PRIA"]);
    expect(["P", "wanita", "PEREMPUAN", "2"].map(parseJenisKelamin)).toEqual(["WANITA", "WANITA", "WANITA", "WANITA"]);
    expect(parseJenisKelamin("X")).toBeNull();
  });
});
