import { describe, expect, it } from "vitest";
import { jumlahKartu, klasifikasiPegawai, ringkasPegawai, saranPerbaikan, saranUnorTanpaKebutuhan } from "./masalah";

describe("klasifikasiPegawai", () => {
  it("gives the first flag that applies, in the order of the fixes", () => {
    const aktif = { aktif: true };
    expect(klasifikasiPegawai({ unor: aktif, jabatanId: 1, jabatanDitempatkan: true })).toBeNull();
    expect(klasifikasiPegawai({ unor: aktif, jabatanId: 1, jabatanDitempatkan: false })).toBe("JABATAN_TIDAK_DITEMPATKAN");
    expect(klasifikasiPegawai({ unor: aktif, jabatanId: null, jabatanDitempatkan: false })).toBe("TANPA_JABATAN");
    // An inactive unit wins over a missing jabatan and over a placed cell (its cells count nowhere).
    expect(klasifikasiPegawai({ unor: { aktif: false }, jabatanId: null, jabatanDitempatkan: false })).toBe("UNOR_NONAKTIF");
    expect(klasifikasiPegawai({ unor: { aktif: false }, jabatanId: 1, jabatanDitempatkan: true })).toBe("UNOR_NONAKTIF");
    expect(klasifikasiPegawai({ unor: null, jabatanId: 1, jabatanDitempatkan: false })).toBe("UNOR_TIDAK_ADA");
  });
});

describe("saranPerbaikan", () => {
  it("names the jabatan and unit and says where the fix is made", () => {
    expect(saranPerbaikan("JABATAN_TIDAK_DITEMPATKAN", { jabatan: "Analis SDM Aparatur Ahli Pertama", unor: "Bidang Mutasi" })).toEqual({
      teks: "Tempatkan jabatan Analis SDM Aparatur Ahli Pertama di unit Bidang Mutasi, atau pindahkan pegawai ke unit tempat jabatan itu ada.",
      tempat: "STRUKTUR",
    });
    expect(saranPerbaikan("UNOR_NONAKTIF", { jabatan: null, unor: "Bagian Lama" })).toEqual({
      teks: "Pindahkan ke unit aktif, atau aktifkan kembali Bagian Lama bila masih memiliki dasar hukum.",
      tempat: "STRUKTUR_NONAKTIF",
    });
    expect(saranPerbaikan("TANPA_JABATAN", { jabatan: null, unor: "X" }).tempat).toBe("IMPOR_PEGAWAI");
    expect(saranPerbaikan("UNOR_TIDAK_ADA", { jabatan: "J", unor: null }).tempat).toBe("IMPOR_PEGAWAI");
    expect(saranUnorTanpaKebutuhan("Seksi Baru")).toEqual({ teks: "Tempatkan jabatan dan isi kebutuhannya (ABK) di unit Seksi Baru.", tempat: "STRUKTUR" });
  });
});

describe("ringkasPegawai (hand-worked)", () => {
  it("counts PNS sesuai as the PNS without a flag, and every flag over PNS and PPPK", () => {
    // PNS: 7 without flag, 2 jabatan not placed, 1 inactive unit → aktif 10, sesuai 7, tidak sesuai 3.
    // PPPK: 4 without flag, 1 without jabatan: in the flags, never in the PNS lines.
    const r = ringkasPegawai([
      { jenis: "PNS", masalah: null, jumlah: 7 },
      { jenis: "PNS", masalah: "JABATAN_TIDAK_DITEMPATKAN", jumlah: 2 },
      { jenis: "PNS", masalah: "UNOR_NONAKTIF", jumlah: 1 },
      { jenis: "PPPK", masalah: null, jumlah: 4 },
      { jenis: "PPPK", masalah: "TANPA_JABATAN", jumlah: 1 },
    ]);
    expect(r).toEqual({
      jumlahAktif: 15,
      jumlahPnsAktif: 10,
      jumlahPppkAktif: 5,
      pnsSesuai: 7,
      pnsTidakSesuai: 3,
      perMasalah: { UNOR_TIDAK_ADA: 0, UNOR_NONAKTIF: 1, TANPA_JABATAN: 1, JABATAN_TIDAK_DITEMPATKAN: 2 },
    });
    // The "unor" card is both unit flags; the units card counts units, given separately.
    const withUnits = { ...r, perMasalah: { ...r.perMasalah, UNOR_TIDAK_ADA: 3 }, unorTanpaKebutuhan: 5 };
    expect(jumlahKartu(withUnits, "unor")).toBe(4);
    expect(jumlahKartu(withUnits, "jabatan-tidak-ditempatkan")).toBe(2);
    expect(jumlahKartu(withUnits, "tanpa-jabatan")).toBe(1);
    expect(jumlahKartu(withUnits, "unor-tanpa-kebutuhan")).toBe(5);
  });
});
