import { describe, expect, it } from "vitest";
import { nipMatchesBirthDate, nipSchema, parseNip } from "./nip";

describe("parseNip", () => {
  it("reads birth date, TMT CPNS, gender and serial from a valid NIP", () => {
    // 1985-07-14, CPNS 2010-03, wanita, urut 007
    expect(parseNip("198507142010032007")).toEqual({
      tanggalLahir: "1985-07-14",
      tmtCpns: "2010-03",
      jenisKelamin: "WANITA",
      nomorUrut: 7,
    });
  });

  it.each([
    ["19850714201003200", "17 digits"],
    ["1985071420100320071", "19 digits"],
    ["19850714201003200A", "a letter"],
    ["198502302010031001", "30 February"],
    ["198507142010133001", "month 13 in TMT"],
    ["198507142010033001", "gender digit 3"],
    ["198507141984031001", "TMT before birth"],
  ])("refuses %s (%s)", (nip) => {
    expect(parseNip(nip)).toBeNull();
    expect(nipSchema.safeParse(nip).success).toBe(false);
  });

  it("gives an Indonesian message", () => {
    const r = nipSchema.safeParse("123");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("NIP harus 18 digit angka.");
  });

  it("checks the embedded birth date against tanggal lahir", () => {
    expect(nipMatchesBirthDate("198507142010032007", "1985-07-14")).toBe(true);
    expect(nipMatchesBirthDate("198507142010032007", "1985-07-15")).toBe(false);
  });
});
