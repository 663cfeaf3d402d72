import { BarChartFigure, SERIES_K_B } from "@/components/charts/bar-chart-figure";
import { Selisih } from "@/components/charts/selisih";
import type { RekapAngka } from "@/lib/domain/rekap";
import { formatAngka } from "@/lib/format";

/** K vs B of groups of jabatan (per jenis, per kelas): a bar chart and the table of the same figures. */
export function RekapKelompokSection({ id, judul, kolom, rows }: { id: string; judul: string; kolom: string; rows: (RekapAngka & { label: string })[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{judul}</h2>
      <BarChartFigure
        judul={`Kebutuhan dan existing ${judul.toLowerCase()}`}
        data={rows.map((r) => ({ label: r.label, kebutuhan: r.kebutuhan, existing: r.existing }))}
        series={SERIES_K_B}
        tabel="tidak"
      />
      <table className="data" aria-label={`Rekap ${judul.toLowerCase()}`} data-testid={`${id}-tabel`}>
        <thead>
          <tr>
            <th scope="col">{kolom}</th>
            <th scope="col" className="num">Sel</th>
            <th scope="col" className="num">K</th>
            <th scope="col" className="num">B</th>
            <th scope="col" className="num">Selisih bersih (B − K)</th>
            <th scope="col" className="num">Kelebihan kotor</th>
            <th scope="col" className="num">Kekurangan kotor</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatAngka(r.jumlahSel)}</td>
              <td className="num">{formatAngka(r.kebutuhan)}</td>
              <td className="num">{formatAngka(r.existing)}</td>
              <td className="num">
                <Selisih value={r.selisih} />
              </td>
              <td className="num">{r.kelebihan > 0 ? `+${formatAngka(r.kelebihan)}` : "0"}</td>
              <td className="num">{r.kekurangan > 0 ? `−${formatAngka(r.kekurangan)}` : "0"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
