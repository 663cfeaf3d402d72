import { describe, expect, it } from "vitest";
import { Jenjang as PrismaJenjang } from "@/lib/generated/prisma/enums";
import { ESELON, JENJANG, JENJANG_LABEL, JF_JENJANG, JF_KEAHLIAN, JF_KETERAMPILAN } from "./jenjang";

describe("jenjang list", () => {
  it("is the Prisma enum Jenjang, in its order (the packed editor data encodes the index)", () => {
    expect(JENJANG).toEqual(Object.values(PrismaJenjang));
  });

  it("splits into eselon, JF keahlian and JF keterampilan, highest first", () => {
    expect(ESELON).toEqual(["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS"]);
    expect(JF_KEAHLIAN).toEqual(["AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA"]);
    expect(JF_KETERAMPILAN).toEqual(["PENYELIA", "MAHIR", "TERAMPIL", "PEMULA"]);
    expect(JF_JENJANG).toEqual([...JF_KEAHLIAN, ...JF_KETERAMPILAN]);
  });

  it("has one Indonesian label for every jenjang and no other", () => {
    expect(Object.keys(JENJANG_LABEL)).toEqual([...JENJANG]);
    expect(JENJANG_LABEL.JPT_PRATAMA).toBe("JPT Pratama");
    expect(JENJANG_LABEL.AHLI_PERTAMA).toBe("Ahli Pertama");
  });
});
