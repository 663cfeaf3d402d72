import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoIfEmpty } from "@/lib/db-runtime/first-run";
import { getBaganData } from "@/lib/data/bagan";
import { getUnorEditorData } from "@/lib/data/unor";
import { layoutBagan } from "@/lib/domain/bagan/layout";
import { paginateBagan } from "@/lib/domain/bagan/pages";
import { makeUser } from "../factories";

/** The figures the browser tests expect on Jawa Barat's demo data, summed here by hand from each unit's own. */
describe("bagan and subtree figures on the demo data (Pemerintah Provinsi Jawa Barat)", () => {
  it("gives each collapsed branch its whole subtree's K and B, and draws the cabang dinas's schools stacked", async () => {
    expect(await seedDemoIfEmpty(process.env.DATABASE_URL!)).not.toBeNull();
    const jabar = await db().instansi.findFirstOrThrow({ where: { nama: "Pemerintah Provinsi Jawa Barat" } });
    const operator = await db().user.findUniqueOrThrow({ where: { username: "operator.jabar" } });
    const { units } = (await getUnorEditorData(operator, jabar.id, { includeInactive: false }))!;
    const own = (nama: string) => units.find((u) => u.nama === nama)!;
    // Badan Kepegawaian Daerah: itself K1 B1, Sekretariat K3 B3, Bidang Perencanaan dan Pengadaan Pegawai
    // K 1+4+2+1 = 8 B 1+2+1+0 = 4, Bidang Informasi Kepegawaian K 1+3+1+2 = 7 B 1+0+1+2 = 4 → K 19, B 12.
    expect([own("Badan Kepegawaian Daerah").kebutuhan, own("Badan Kepegawaian Daerah").existing]).toEqual([1, 1]);
    expect(own("Badan Kepegawaian Daerah")).toMatchObject({ kebutuhanSubtree: 1 + 3 + 8 + 7, existingSubtree: 1 + 3 + 4 + 4 });
    // Cabang Dinas Pendidikan Wilayah II: itself K4 B3, its schools K 16 + 17 + 13 + 14, B 11 + 12 + 11 + 7 → K 64, B 44.
    expect(own("Cabang Dinas Pendidikan Wilayah II")).toMatchObject({ kebutuhan: 4, existing: 3, kebutuhanSubtree: 64, existingSubtree: 44 });
    // Dinas Pendidikan: itself K1 B1, Sekretariat K5 B3, Bidang SMA K2 B1, Bidang SMK K2 B4, the cabang K64 B44 → K 74, B 53.
    expect(own("Dinas Pendidikan")).toMatchObject({ kebutuhanSubtree: 74, existingSubtree: 53 });

    const cabang = own("Cabang Dinas Pendidikan Wilayah II");
    const data = (await getBaganData(await makeUser("PIMPINAN"), jabar.id, cabang.id))!;
    const l = layoutBagan(data.units, data.cells, data.rootId)!;
    const [head, ...schools] = l.boxes;
    expect(head).toMatchObject({ nama: "Cabang Dinas Pendidikan Wilayah II", subtree: { kebutuhan: 64, existing: 44, selisih: -20 } });
    expect(head.rows.map((r) => [r.nama, r.kelas, r.existing, r.kebutuhan])).toEqual([
      ["Kepala Cabang Dinas", 12, 1, 1],
      ["Penata Layanan Operasional", 8, 1, 1],
      ["Pengadministrasi Perkantoran", 5, 1, 2],
    ]);
    // Four leaf schools: one column under the head, all at the same x.
    expect(schools.map((s) => s.nama)).toEqual(["SMA Negeri 1 Depok", "SMA Negeri 2 Depok", "SMA Negeri 3 Depok", "SMK Negeri 1 Depok"]);
    expect(new Set(schools.map((s) => s.x)).size).toBe(1);
    expect(schools.map((s) => [s.total.kebutuhan, s.total.existing])).toEqual([[16, 11], [17, 12], [13, 11], [14, 7]]);

    // The whole province: K 136, B 99 at the top; on A4 it needs more than one sheet, the first a summary.
    const all = (await getBaganData(operator, jabar.id, null))!;
    const top = layoutBagan(all.units, all.cells, all.rootId)!.boxes[0];
    expect(top).toMatchObject({ nama: "Pemerintah Provinsi Jawa Barat", subtree: { kebutuhan: 136, existing: 99, selisih: -37 } });
    const pages = paginateBagan(all.units, all.cells, all.rootId, "A4");
    expect(pages[0]).toMatchObject({ judul: "Pemerintah Provinsi Jawa Barat", ringkasan: true });
    // A summary (the province and its five OPD) and a sheet for each OPD with sub-units, each scaled to
    // its sheet: A4 landscape leaves 1062 × 685 px, A3 1526 × 1014 px.
    const sheets = (k: "A4" | "A3") => paginateBagan(all.units, all.cells, all.rootId, k).map((p) => [p.judul, p.ringkasan, p.layout.width, p.layout.height, p.scale]);
    expect(sheets("A4")).toEqual([
      ["Pemerintah Provinsi Jawa Barat", true, 1528, 320, 1062 / 1528],
      ["Sekretariat Daerah", false, 640, 540, 1],
      ["Badan Kepegawaian Daerah", false, 920, 338, 1],
      ["Dinas Pendidikan", false, 1232, 1200, 685 / 1200],
      ["Dinas Kesehatan", false, 920, 374, 1],
    ]);
    // On A3 the same sheets, larger: the summary at 1526 / 1528, Dinas Pendidikan at 1014 / 1200.
    expect(sheets("A3").map((p) => p[4])).toEqual([1526 / 1528, 1, 1, 1014 / 1200, 1]);
  }, 120_000);

  it("prints Kota Depok (schools and puskesmas by the dozen) on A4 sheets of at least 0.55 scale", async () => {
    await seedDemoIfEmpty(process.env.DATABASE_URL!); // seeded once per file, by whichever test runs first
    const depok = await db().instansi.findFirstOrThrow({ where: { nama: "Pemerintah Kota Depok" } });
    const all = (await getBaganData(await makeUser("ADMIN"), depok.id, null))!;
    const pages = paginateBagan(all.units, all.cells, all.rootId, "A4");
    // Every active unit is drawn with its own jabatan on some sheet (a summary sheet shows it too).
    const drawn = new Set(pages.flatMap((p) => p.layout.boxes.map((b) => b.id)));
    expect(drawn.size).toBe(all.units.length);
    expect(pages.filter((p) => p.scale < 0.55).map((p) => p.judul)).toEqual([]);
    // Dinas Kesehatan: its bidang and RSUD on the summary, its puskesmas on a sheet of their own.
    expect(pages.map((p) => p.judul)).toEqual(expect.arrayContaining(["Dinas Kesehatan", "Dinas Kesehatan (unor tanpa sub-unor)", "Dinas Pendidikan (unor tanpa sub-unor)"]));
  }, 120_000);
});
