import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { getProyeksiPensiun, getRekapInstansi, getRekapJabatanNasional, getRekapJenisJenjang, getRekapNasional, getRekapSubtreeUnor } from "@/lib/data/rekap";
import { recomputeRekap, verifyRekap } from "@/lib/services/rekap/recompute-rekap";
import { setUnorAktif } from "@/lib/services/unor/set-unor-aktif";
import { rekapSel, tahunMencapaiBup } from "@/lib/domain/rekap";
import { makeInstansi, makeJabatan, makeUnor, makeUser } from "../factories";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth/permissions";

const AGREE = { selExisting: 0, instansiJabatan: 0, pensiun: 0 };

async function toggleAktif(actor: Actor, unorId: number, aktif: boolean) {
  const { version } = await db().unor.findUniqueOrThrow({ where: { id: unorId }, select: { version: true } });
  return setUnorAktif(db(), actor, { unorId, version, aktif });
}

let nipSeq = 0;
/** A valid NIP for a birth date; the serial keeps it unique within the test database. */
function nip(lahir: string, wanita = false): string {
  nipSeq += 1;
  const [y, m, d] = lahir.split("-");
  const tmtYear = Number(y) + 22 + Math.floor(nipSeq / 1000);
  return `${y}${m}${d}${tmtYear}${String((nipSeq % 12) + 1).padStart(2, "0")}${wanita ? 2 : 1}${String(nipSeq % 1000).padStart(3, "0")}`;
}

async function addPegawai(instansiId: number, unorId: number, jabatanId: number, lahir = "1985-06-01") {
  return db().pegawai.create({
    data: { nip: nip(lahir), nama: "Uji", tanggalLahir: new Date(lahir), jenisKelamin: "PRIA", jenis: "PNS", instansiId, unorId, jabatanId },
  });
}

async function cell(instansiId: number, unorId: number, jabatanId: number, kebutuhan: number) {
  return db().petaJabatan.create({ data: { instansiId, unorId, jabatanId, kebutuhan } });
}

describe("kebutuhan vs existing at every level (hand-worked)", () => {
  it("sums cells into subtree, instansi, jabatan-national and national figures, with net and gross apart", async () => {
    // Instansi X: Dinas (A) → Bidang (B) → Seksi (D); A → Sekretariat (C). Instansi Y: one unit E.
    const x = await makeInstansi({ jenis: "PROVINSI" });
    const y = await makeInstansi({ jenis: "PROVINSI" });
    const a = await makeUnor(x.id, null, "Dinas");
    const b = await makeUnor(x.id, a.id, "Bidang");
    const c = await makeUnor(x.id, a.id, "Sekretariat");
    const d = await makeUnor(x.id, b.id, "Seksi");
    const e = await makeUnor(y.id, null, "Badan");
    const j1 = await makeJabatan({ bup: 58 });
    const j2 = await makeJabatan({ bup: 60 });
    // Cells (K, B):  A/j1 (2, 3)  B/j1 (4, 1)  D/j1 (1, 1)  C/j2 (3, 0)  E/j1 (2, 5)
    await cell(x.id, a.id, j1.id, 2);
    await cell(x.id, b.id, j1.id, 4);
    await cell(x.id, d.id, j1.id, 1);
    await cell(x.id, c.id, j2.id, 3);
    await cell(y.id, e.id, j1.id, 2);
    for (let i = 0; i < 3; i++) await addPegawai(x.id, a.id, j1.id, "1969-02-01"); // BUP 58 → 2027
    await addPegawai(x.id, b.id, j1.id, "1970-05-05"); // → 2028
    await addPegawai(x.id, d.id, j1.id);
    for (let i = 0; i < 5; i++) await addPegawai(y.id, e.id, j1.id, i < 2 ? "1969-09-09" : "1990-01-01");
    // A pegawai in a jabatan that is not on the map is not part of any cell.
    await addPegawai(x.id, c.id, j1.id);

    const admin = await makeUser("ADMIN");
    // Subtree of Bidang = B and D: K 5, B 2; B/j1 short 3; D balanced.
    expect((await getRekapSubtreeUnor(admin, b.id))!.total).toEqual({
      jumlahSel: 2, kebutuhan: 5, existing: 2, selisih: -3, kelebihan: 0, kekurangan: 3, selLebih: 0, selKurang: 1,
    });
    expect((await getRekapSubtreeUnor(admin, b.id))!.unor.jumlahUnor).toBe(2);
    // Instansi X = A, B, C, D: K 10, B 5; kelebihan 1 (A), kekurangan 3 (B) + 3 (C) = 6.
    const rx = await getRekapInstansi(admin, x.id);
    expect(rx!.total).toEqual({ jumlahSel: 4, kebutuhan: 10, existing: 5, selisih: -5, kelebihan: 1, kekurangan: 6, selLebih: 1, selKurang: 2 });
    expect(rx!.perJabatan.find((r) => r.id === j2.id)).toMatchObject({ kebutuhan: 3, existing: 0, kekurangan: 3 });
    // Subtree of the root equals the instansi.
    expect((await getRekapSubtreeUnor(admin, a.id))!.total).toEqual(rx!.total);
    // j1 nationally: X (K 7, B 5) + Y (K 2, B 5): net −2+3 = +1, but gross kekurangan 3 and kelebihan 1+3 = 4.
    const nj = await getRekapJabatanNasional(admin, j1.id);
    expect(nj!.total).toEqual({ jumlahSel: 4, kebutuhan: 9, existing: 10, selisih: 1, kelebihan: 4, kekurangan: 3, selLebih: 2, selKurang: 1 });
    expect(nj!.perInstansi.map((r) => [r.instansiId, r.kebutuhan, r.existing])).toEqual([
      [x.id, 7, 5],
      [y.id, 2, 5],
    ]);
    // Retirement outlook for j1 from 2027: 3 (X/A) + 2 (Y) in 2027, 1 in 2028; gap K − B = 9 − 10 = −1.
    const p = await getProyeksiPensiun(admin, { jabatanId: j1.id }, 2027);
    expect(p!.tahun.slice(0, 3)).toEqual([
      { tahun: 2027, pensiun: 5, kebutuhan: 4 },
      { tahun: 2028, pensiun: 1, kebutuhan: 0 },
      { tahun: 2029, pensiun: 0, kebutuhan: -1 },
    ]);
    expect((await getProyeksiPensiun(admin, { instansiId: x.id, jabatanId: j1.id }, 2027))!.tahun[0].pensiun).toBe(3);
    expect(tahunMencapaiBup(new Date("1969-02-01"), 58)).toBe(2027);
  });

  it("refuses figures outside the actor's scope", async () => {
    const mine = await makeInstansi();
    const other = await makeInstansi();
    const u = await makeUnor(other.id, null);
    const op = await makeUser("OPERATOR", mine.id);
    expect(await getRekapInstansi(op, other.id)).toBeNull();
    expect(await getRekapSubtreeUnor(op, u.id)).toBeNull();
    expect(await getRekapNasional(op)).toBeNull();
    expect(await getRekapJabatanNasional(op, (await makeJabatan()).id)).toBeNull();
    expect(await getProyeksiPensiun(op, {})).toBeNull();
    expect(await getProyeksiPensiun(op, { instansiId: other.id })).toBeNull();
    expect(await getProyeksiPensiun(op, { instansiId: mine.id })).not.toBeNull();
  });
});

/** Every cell of an active unit with existing counted from the pegawai rows themselves. */
async function baseCells() {
  const [cells, holders] = await Promise.all([
    db().petaJabatan.findMany({
      where: { unor: { aktif: true } }, // cells of inactive units count in no recap
      select: { unorId: true, jabatanId: true, kebutuhan: true, jabatan: { select: { jenis: true, jenjang: true } } },
    }),
    db().pegawai.groupBy({ by: ["unorId", "jabatanId"], where: { aktif: true }, _count: { _all: true } }),
  ]);
  const count = new Map(holders.map((h) => [`${h.unorId}:${h.jabatanId}`, h._count._all]));
  return cells.map((c) => ({
    jabatanId: c.jabatanId,
    jenis: c.jabatan.jenis as string,
    jenjang: c.jabatan.jenjang as string | null,
    kebutuhan: c.kebutuhan,
    existing: count.get(`${c.unorId}:${c.jabatanId}`) ?? 0,
  }));
}

async function snapshot() {
  const [cells, ij, pensiun] = await Promise.all([
    db().petaJabatan.findMany({ select: { id: true, existing: true }, orderBy: { id: "asc" } }),
    db().rekapInstansiJabatan.findMany({ where: { OR: [{ jumlahSel: { not: 0 } }, { existing: { not: 0 } }] }, orderBy: [{ instansiId: "asc" }, { jabatanId: "asc" }] }),
    db().rekapPensiun.findMany({ where: { jumlah: { not: 0 } }, orderBy: [{ instansiId: "asc" }, { jabatanId: "asc" }, { tahun: "asc" }] }),
  ]);
  return { cells, ij, pensiun };
}

describe("incremental recap vs full recompute", () => {
  it("agree exactly after every kind of change to pegawai, cells and BUP", async () => {
    const inst = await makeInstansi();
    const root = await makeUnor(inst.id, null);
    const child = await makeUnor(inst.id, root.id);
    const [j1, j2] = [await makeJabatan({ bup: 58 }), await makeJabatan({ bup: 60 })];
    const c1 = await cell(inst.id, root.id, j1.id, 3);
    await cell(inst.id, child.id, j2.id, 1);
    const p1 = await addPegawai(inst.id, root.id, j1.id, "1970-01-01");
    const p2 = await addPegawai(inst.id, root.id, j1.id, "1975-01-01");
    const p3 = await addPegawai(inst.id, child.id, j1.id, "1980-01-01"); // no cell yet
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });

    await db().pegawai.update({ where: { id: p1.id }, data: { unorId: child.id, jabatanId: j2.id } }); // move
    await db().pegawai.update({ where: { id: p2.id }, data: { aktif: false } }); // deactivate
    await db().petaJabatan.update({ where: { id: c1.id }, data: { kebutuhan: 5 } }); // new kebutuhan
    await cell(inst.id, child.id, j1.id, 2); // a cell whose holder (p3) already exists
    await db().jabatan.update({ where: { id: j1.id }, data: { bup: 60 } }); // BUP changes every holder's year
    await db().pegawai.delete({ where: { id: p3.id } });
    await addPegawai(inst.id, child.id, j1.id, "1990-01-01");
    await db().petaJabatan.delete({ where: { id: c1.id } });
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });

    const before = await snapshot();
    await recomputeRekap(db(), SYSTEM_ACTOR);
    expect(await snapshot()).toEqual(before);
  });

  it("lets only administrators and the scripts' system actor recompute", async () => {
    const inst = await makeInstansi();
    for (const u of [await makeUser("OPERATOR", inst.id), await makeUser("VERIFIKATOR"), await makeUser("PIMPINAN")]) {
      await expect(recomputeRekap(db(), u)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Hanya administrator yang dapat menghitung ulang rekap nasional." });
    }
    expect(await recomputeRekap(db(), await makeUser("ADMIN"))).toEqual({ ms: expect.any(Number) });
  });

  it("detects a recap that drifted, and the recompute repairs it", async () => {
    const inst = await makeInstansi();
    const u = await makeUnor(inst.id, null);
    const j = await makeJabatan();
    await cell(inst.id, u.id, j.id, 2);
    await addPegawai(inst.id, u.id, j.id);
    await db().$executeRaw`UPDATE "RekapInstansiJabatan" SET "existing" = "existing" + 7 WHERE "instansiId" = ${inst.id}`;
    expect((await verifyRekap(db())).instansiJabatan).toBeGreaterThan(0);
    await recomputeRekap(db(), SYSTEM_ACTOR);
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });
  });
});

describe("a deactivated unit counts in no recap (one rule for page, recap and triggers)", () => {
  it("moves the subtree's K, B and retirements out on deactivation and back on reactivation", async () => {
    // Dinas (A) → Bidang (B) → Seksi (D); A → Sekretariat (C). Cells (K, B): A (2, 3)  B (4, 1)  D (1, 1)  C/j2 (3, 0).
    const x = await makeInstansi();
    const a = await makeUnor(x.id, null, "Dinas");
    const b = await makeUnor(x.id, a.id, "Bidang");
    const c = await makeUnor(x.id, a.id, "Sekretariat");
    const d = await makeUnor(x.id, b.id, "Seksi");
    const [j1, j2] = [await makeJabatan({ bup: 58 }), await makeJabatan({ bup: 60 })];
    await cell(x.id, a.id, j1.id, 2);
    await cell(x.id, b.id, j1.id, 4);
    await cell(x.id, d.id, j1.id, 1);
    await cell(x.id, c.id, j2.id, 3);
    for (let i = 0; i < 3; i++) await addPegawai(x.id, a.id, j1.id, "1969-02-01"); // → 2027
    await addPegawai(x.id, b.id, j1.id, "1969-05-05"); // → 2027
    await addPegawai(x.id, d.id, j1.id, "1970-05-05"); // → 2028
    const admin = await makeUser("ADMIN");
    const full = { jumlahSel: 4, kebutuhan: 10, existing: 5, selisih: -5, kelebihan: 1, kekurangan: 6, selLebih: 1, selKurang: 2 };
    expect((await getRekapInstansi(admin, x.id))!.total).toEqual(full);

    // Deactivating Bidang takes B and D with it: only A (2, 3) and C (3, 0) remain.
    expect((await toggleAktif(admin, b.id, false)).turunanDinonaktifkan).toBe(1);
    const tanpaBidang = { jumlahSel: 2, kebutuhan: 5, existing: 3, selisih: -2, kelebihan: 1, kekurangan: 3, selLebih: 1, selKurang: 1 };
    expect((await getRekapInstansi(admin, x.id))!.total).toEqual(tanpaBidang);
    expect((await getRekapSubtreeUnor(admin, a.id))!.total).toEqual(tanpaBidang);
    expect((await getRekapSubtreeUnor(admin, a.id))!.unor.jumlahUnor).toBe(2);
    expect((await getRekapSubtreeUnor(admin, b.id))!.total).toEqual(rekapSel([]));
    // Their pegawai are out of the retirement outlook too: 2027 has A's 3, not B's one; 2028 none.
    const p = await getProyeksiPensiun(admin, { instansiId: x.id }, 2027);
    expect(p!.tahun.slice(0, 2).map((t) => t.pensiun)).toEqual([3, 0]);
    // The cells keep their own holders (flagged on the peta jabatan, not counted).
    expect((await db().petaJabatan.findMany({ where: { unorId: { in: [b.id, d.id] } }, orderBy: { unorId: "asc" } })).map((r) => r.existing)).toEqual([1, 1]);
    expect(await verifyRekap(db())).toEqual(AGREE);

    // Changes inside an inactive unit stay out of the recap; moving a pegawai out brings them in.
    await db().petaJabatan.updateMany({ where: { unorId: d.id }, data: { kebutuhan: 9 } });
    const inD = await addPegawai(x.id, d.id, j1.id, "1969-01-01");
    expect((await getRekapInstansi(admin, x.id))!.total).toEqual(tanpaBidang);
    await db().pegawai.update({ where: { id: inD.id }, data: { unorId: a.id } });
    expect((await getRekapInstansi(admin, x.id))!.total).toMatchObject({ kebutuhan: 5, existing: 4, kelebihan: 2 });
    expect((await getProyeksiPensiun(admin, { instansiId: x.id }, 2027))!.tahun[0].pensiun).toBe(4);
    expect(await verifyRekap(db())).toEqual(AGREE);
    // A new BUP rebuilds j1's retirements, still without the inactive units' holders: 4 in 2028.
    await db().jabatan.update({ where: { id: j1.id }, data: { bup: 59 } });
    expect((await getProyeksiPensiun(admin, { instansiId: x.id }, 2027))!.tahun.slice(0, 3).map((t) => t.pensiun)).toEqual([0, 4, 0]);
    expect(await verifyRekap(db())).toEqual(AGREE);
    await db().jabatan.update({ where: { id: j1.id }, data: { bup: 58 } });

    // Reactivation is one unit at a time: Bidang (4, 1) first, then Seksi (9, 1).
    await toggleAktif(admin, b.id, true);
    expect((await getRekapInstansi(admin, x.id))!.total).toEqual({ jumlahSel: 3, kebutuhan: 9, existing: 5, selisih: -4, kelebihan: 2, kekurangan: 6, selLebih: 1, selKurang: 2 });
    await toggleAktif(admin, d.id, true);
    expect((await getRekapInstansi(admin, x.id))!.total).toEqual({ jumlahSel: 4, kebutuhan: 18, existing: 6, selisih: -12, kelebihan: 2, kekurangan: 14, selLebih: 1, selKurang: 3 });
    expect((await getProyeksiPensiun(admin, { instansiId: x.id }, 2027))!.tahun.slice(0, 2).map((t) => t.pensiun)).toEqual([5, 1]);
    expect(await verifyRekap(db())).toEqual(AGREE);
    const before = await snapshot();
    await recomputeRekap(db(), SYSTEM_ACTOR);
    expect(await snapshot()).toEqual(before);
  });
});

describe("SQL aggregates equal the pure definitions (property)", () => {
  it("for random instansi: every subtree, the instansi and each jabatan", async () => {
    const admin = await makeUser("ADMIN");
    const jabatan = [await makeJabatan(), await makeJabatan(), await makeJabatan()];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }), // parent choice per unit
        fc.array(fc.record({ unit: fc.nat(30), jab: fc.nat(2), k: fc.nat(6), b: fc.nat(6) }), { maxLength: 25 }),
        fc.array(fc.nat(30), { maxLength: 8 }), // units to toggle: deactivate (subtree) or reactivate (one unit)
        async (parents, cellSpecs, toggles) => {
          const inst = await makeInstansi();
          const units: { id: number; path: number[] }[] = [];
          for (let i = 0; i < parents.length; i++) {
            const parent = i === 0 ? null : units[parents[i] % i];
            const u = await makeUnor(inst.id, parent?.id ?? null);
            units.push({ id: u.id, path: [...(parent?.path ?? []), u.id] });
          }
          const cells = new Map<string, { unit: number; jab: number; k: number; b: number }>();
          for (const s of cellSpecs) cells.set(`${s.unit % units.length}:${s.jab}`, { ...s, unit: s.unit % units.length });
          for (const s of cells.values()) {
            const u = units[s.unit];
            await cell(inst.id, u.id, jabatan[s.jab].id, s.k);
            for (let i = 0; i < s.b; i++) await addPegawai(inst.id, u.id, jabatan[s.jab].id);
          }
          // Random deactivations (of a subtree) and reactivations (of one unit under an active parent).
          const aktif = units.map(() => true);
          for (const t of toggles) {
            const i = t % units.length;
            if (aktif[i]) {
              await toggleAktif(admin, units[i].id, false);
              units.forEach((u, k) => { if (u.path.includes(units[i].id)) aktif[k] = false; });
            } else if (i === 0 || aktif[parents[i] % i]) {
              await toggleAktif(admin, units[i].id, true);
              aktif[i] = true;
            }
          }
          const all = [...cells.values()].filter((s) => aktif[s.unit]).map((s) => ({ ...s, kebutuhan: s.k, existing: s.b }));
          expect((await getRekapInstansi(admin, inst.id))!.total).toEqual(rekapSel(all));
          for (const [ji, jab] of jabatan.entries()) {
            const row = (await getRekapInstansi(admin, inst.id))!.perJabatan.find((r) => r.id === jab.id);
            const expected = rekapSel(all.filter((c) => c.jab === ji));
            if (expected.jumlahSel === 0) expect(row).toBeUndefined();
            else expect(row).toMatchObject(expected);
          }
          for (const u of units) {
            // (An inactive unit's subtree is all inactive: `all` already leaves it out.)
            const inSubtree = all.filter((c) => units[c.unit].path.includes(u.id));
            expect((await getRekapSubtreeUnor(admin, u.id))!.total).toEqual(rekapSel(inSubtree));
          }
          // The nation, each jabatan nationally and each jenis × jenjang, against every cell in the
          // database read from the base tables (existing counted from Pegawai, not from the recap).
          const base = await baseCells();
          expect(await verifyRekap(db())).toEqual(AGREE);
          expect((await getRekapNasional(admin))!.total).toEqual(rekapSel(base));
          for (const jab of jabatan) {
            expect((await getRekapJabatanNasional(admin, jab.id))!.total).toEqual(rekapSel(base.filter((c) => c.jabatanId === jab.id)));
          }
          for (const row of (await getRekapJenisJenjang(admin))!) {
            const { jenis, jenjang, ...figures } = row;
            expect(figures).toEqual(rekapSel(base.filter((c) => c.jenis === jenis && c.jenjang === jenjang)));
          }
        },
      ),
      { numRuns: 12 },
    );
    expect(await verifyRekap(db())).toEqual({ selExisting: 0, instansiJabatan: 0, pensiun: 0 });
  }, 120_000);
});
