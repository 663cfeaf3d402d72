import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listJabatanPilihan } from "@/lib/data/unor";

describe("catalogue search for the pickers", () => {
  it("filters by jenjang in the query: a match behind 60 others of another jenjang is found", async () => {
    // 60 "Analis … Ahli Pertama" sort before the one "Analis Zonasi Ahli Madya".
    await db().jabatan.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        kode: `JF-AP-${i}`, nama: `Analis A${String(i).padStart(2, "0")} Ahli Pertama`, jenis: "FUNGSIONAL" as const, jenjang: "AHLI_PERTAMA" as const, kelas: 8, bup: 58,
      })),
    });
    await db().jabatan.create({ data: { kode: "JF-AM-Z", nama: "Analis Zonasi Ahli Madya", jenis: "FUNGSIONAL", jenjang: "AHLI_MADYA", kelas: 11, bup: 60 } });
    await db().jabatan.create({ data: { kode: "JF-AM-OFF", nama: "Analis Lama Ahli Madya", jenis: "FUNGSIONAL", jenjang: "AHLI_MADYA", kelas: 11, bup: 60, aktif: false } });

    const madya = await listJabatanPilihan("FUNGSIONAL", "analis", 20, "AHLI_MADYA");
    expect(madya.map((j) => j.nama)).toEqual(["Analis Zonasi Ahli Madya"]);
    const pertama = await listJabatanPilihan("FUNGSIONAL", "analis", 20, "AHLI_PERTAMA");
    expect(pertama).toHaveLength(20);
    expect(pertama.every((j) => j.jenjang === "AHLI_PERTAMA")).toBe(true);
    // Without a jenjang: the first 20 by name, whatever their jenjang.
    expect((await listJabatanPilihan("FUNGSIONAL", "analis")).map((j) => j.nama)[0]).toBe("Analis A00 Ahli Pertama");
    expect(await listJabatanPilihan("PELAKSANA", "analis", 20, "AHLI_MADYA")).toEqual([]);
  });
});
