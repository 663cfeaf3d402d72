import { describe, expect, it } from "vitest";
import { getResume } from "@/lib/data/resume";
import { makeUser } from "../factories";
import { buildResumeInstansi } from "./fixtures/resume-instansi";

describe("Resume of an instansi (hand-worked, fixtures/resume-instansi.ts)", () => {
  it("totals, groups, unit counts, rankings and retirements, with the inactive unit counting nowhere", async () => {
    const { inst, jabatan, op } = await buildResumeInstansi();
    const r = (await getResume(op, inst.id, 2030))!;

    // Active cells (K, B): R/jS (1,1) · A/jF (4,1) short 3 · A/jP (1,3) excess 2 · C/jF (2,0) short 2 · C/jP (2,2).
    // ΣK 10, ΣB 7, net −3, gross kelebihan 2 in 1 cell, kekurangan 3 + 2 = 5 in 2 cells.
    // Bidang N (K 5 + 0, B 0 + 2) is inactive and counts in none of these.
    expect(r.total).toEqual({ jumlahSel: 5, kebutuhan: 10, existing: 7, selisih: -3, kelebihan: 2, kekurangan: 5, selLebih: 1, selKurang: 2 });

    // Per jenis: struktural K1 B1; fungsional (A, C) K6 B1, kekurangan 5; pelaksana (A, C) K3 B5, kelebihan 2.
    expect(r.perJenis.map((g) => [g.kunci, g.kebutuhan, g.existing, g.selisih, g.kelebihan, g.kekurangan])).toEqual([
      ["STRUKTURAL", 1, 1, 0, 0, 0],
      ["FUNGSIONAL", 6, 1, -5, 0, 5],
      ["PELAKSANA", 3, 5, 2, 2, 0],
    ]);
    // Per kelas (one jabatan per kelas here): 6 pelaksana, 8 fungsional, 12 struktural.
    expect(r.perKelas.map((g) => [g.kunci, g.kebutuhan, g.existing])).toEqual([
      [6, 3, 5],
      [8, 6, 1],
      [12, 1, 1],
    ]);

    // Active units R, A, C, S (N is not). With an excess cell: A. With a shortage cell: A and C.
    expect(r.unor).toEqual({ aktif: 4, denganKelebihan: 1, denganKekurangan: 2 });

    // jF is short 5 here (the other instansi's K9 of jF is not ours); jP is the only excess, 2.
    expect(r.kekuranganTerbesar.map((j) => [j.id, j.kekurangan])).toEqual([[jabatan.jF.id, 5]]);
    expect(r.kelebihanTerbesar.map((j) => [j.id, j.kelebihan])).toEqual([[jabatan.jP.id, 2]]);

    // Reaching BUP, active pegawai in active units: 2030: R/jS 1970+60, A/jF 1972+58, C/jP 1972+58 → 3
    // (not the inactive pegawai of 1972, nor Bidang N's two of 1972); 2031: A/jP 1973; 2033: A/jP 1975;
    // 2034: C/jP 1976. Need each year = (K − B) 3 + pensiun.
    expect(r.pensiun).toEqual([
      { tahun: 2030, pensiun: 3, kebutuhan: 6 },
      { tahun: 2031, pensiun: 1, kebutuhan: 4 },
      { tahun: 2032, pensiun: 0, kebutuhan: 3 },
      { tahun: 2033, pensiun: 1, kebutuhan: 4 },
      { tahun: 2034, pensiun: 1, kebutuhan: 4 },
    ]);
  });

  it("is read by verifikator and pimpinan, refused to another instansi's operator", async () => {
    const { inst, opLain } = await buildResumeInstansi();
    expect(await getResume(opLain, inst.id)).toBeNull();
    for (const role of ["VERIFIKATOR", "PIMPINAN", "ADMIN"] as const) {
      expect((await getResume(await makeUser(role), inst.id, 2030))?.total.kebutuhan).toBe(10);
    }
  });
});
