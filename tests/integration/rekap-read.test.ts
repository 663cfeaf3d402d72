import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getUnorEditorData } from "@/lib/data/unor";
import { getRekapNasional } from "@/lib/data/rekap";
import { getHealth } from "@/lib/data/health";
import { makeInstansi, makeJabatan, makeUnor, makeUser, nipFor } from "../factories";

async function placePegawai(instansiId: number, unorId: number, jabatanId: number, count: number, start: number) {
  for (let i = 0; i < count; i++) {
    await db().pegawai.create({
      data: {
        nip: nipFor("1980-05-17", start + i),
        nama: `Pegawai ${start + i}`,
        tanggalLahir: new Date("1980-05-17"),
        jenisKelamin: "PRIA",
        jenis: "PNS",
        instansiId,
        unorId,
        jabatanId,
      },
    });
  }
}

describe("kebutuhan and existing read from the planning tables", () => {
  it("sums per unit and nationally, counting only active pegawai", async () => {
    // Hand-worked: unit A: K 3 + 2 = 5, B 4; unit B: K 1, B 2 (+1 inactive, not counted).
    const inst = await makeInstansi({ jenis: "KABUPATEN" });
    const a = await makeUnor(inst.id, null, "Dinas A");
    const b = await makeUnor(inst.id, a.id, "Bidang B");
    const [j1, j2] = [await makeJabatan(), await makeJabatan()];
    await db().petaJabatan.createMany({
      data: [
        { instansiId: inst.id, unorId: a.id, jabatanId: j1.id, kebutuhan: 3 },
        { instansiId: inst.id, unorId: a.id, jabatanId: j2.id, kebutuhan: 2 },
        { instansiId: inst.id, unorId: b.id, jabatanId: j1.id, kebutuhan: 1 },
      ],
    });
    await placePegawai(inst.id, a.id, j1.id, 4, 1);
    await placePegawai(inst.id, b.id, j1.id, 3, 10);
    await db().pegawai.updateMany({ where: { nip: nipFor("1980-05-17", 12) }, data: { aktif: false } });

    const op = await makeUser("OPERATOR", inst.id);
    const { units, cells } = (await getUnorEditorData(op, inst.id, { includeInactive: false }))!;
    const byName = Object.fromEntries(units.map((u) => [u.nama, u]));
    expect(byName["Dinas A"]).toMatchObject({ kebutuhan: 5, existing: 4, parentId: null });
    expect(byName["Bidang B"]).toMatchObject({ kebutuhan: 1, existing: 2, parentId: a.id });
    expect(cells.filter((c) => c.unorId === a.id).map((c) => [c.kebutuhan, c.existing]).sort()).toEqual([[2, 0], [3, 4]]);

    const pimpinan = await makeUser("PIMPINAN");
    const rekap = await getRekapNasional(pimpinan);
    // Cells: A/j1 K3 B4 (+1), A/j2 K2 B0 (−2), B/j1 K1 B2 (+1): net 0, gross kelebihan 2, kekurangan 2.
    expect(rekap!.total).toMatchObject({ kebutuhan: 6, existing: 6, selisih: 0, kelebihan: 2, kekurangan: 2, jumlahSel: 3 });
    expect(rekap!.perJenisInstansi.find((r) => r.jenis === "KABUPATEN")).toMatchObject({ jumlahInstansi: 1, kebutuhan: 6, existing: 6 });
    expect(await getRekapNasional(op)).toBeNull();
  });

  it("reports health with the applied migration", async () => {
    const h = await getHealth();
    expect(h.status).toBe("ok");
    expect(h.database.reachable).toBe(true);
    const newest = fs.readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations")).filter((n) => /^\d{14}_/.test(n)).sort().at(-1);
    expect(h.database.migration).toBe(newest);
  });
});
