import { describe, expect, it } from "vitest";
import { defaultKepala } from "./default-kepala";

const katalog = [{ id: 1, nama: "Sekretaris" }, { id: 2, nama: "Kepala Seksi Rujukan" }, { id: 3, nama: "Kepala Bidang" }];

describe("defaultKepala", () => {
  it("prefers the jabatan named exactly 'Kepala <first word>', whatever the case", () => {
    expect(defaultKepala(katalog, "Bidang Pelayanan Kesehatan")?.id).toBe(3);
    expect(defaultKepala(katalog, "BIDANG Umum")?.id).toBe(3);
  });

  it("then a jabatan whose name contains that word, then the first candidate", () => {
    expect(defaultKepala(katalog, "Seksi Rujukan")?.id).toBe(2);
    expect(defaultKepala(katalog, "Subbagian Umum")?.id).toBe(1);
  });

  it("gives nothing when the catalogue has no candidate", () => {
    expect(defaultKepala([], "Bidang Pelayanan")).toBeUndefined();
  });
});
