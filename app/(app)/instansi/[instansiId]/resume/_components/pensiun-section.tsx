import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ProyeksiTable } from "@/components/charts/proyeksi-table";
import type { ProyeksiTahun } from "@/lib/domain/rekap";

/** Pegawai reaching the BUP of their jabatan in each of the next five years (the recap's outlook). */
export function PensiunSection({ rows }: { rows: ProyeksiTahun[] }) {
  return (
    <section aria-labelledby="resume-pensiun">
      <h2 id="resume-pensiun">Pensiun lima tahun ke depan (BUP)</h2>
      <BarChartFigure
        judul="Pegawai mencapai BUP per tahun"
        data={rows.map((r) => ({ label: String(r.tahun), pensiun: r.pensiun }))}
        series={[{ key: "pensiun", label: "Mencapai BUP", color: "#b45309" }]}
        tabel="tidak"
      />
      <ProyeksiTable rows={rows} />
    </section>
  );
}
