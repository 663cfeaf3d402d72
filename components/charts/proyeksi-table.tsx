import { formatAngka } from "@/lib/format";
import type { ProyeksiTahun } from "@/lib/domain/rekap";

/** The five-year outlook: retirements per year and the resulting need, (K − B) + pensiun. */
export function ProyeksiTable({ rows }: { rows: ProyeksiTahun[] }) {
  const max = Math.max(1, ...rows.map((r) => r.pensiun));
  return (
    <table className="data" aria-label="Proyeksi pensiun lima tahun">
      <thead>
        <tr>
          <th>Tahun</th>
          <th className="num">Mencapai BUP</th>
          <th style={{ width: "35%" }}></th>
          <th className="num">Kebutuhan tahun itu = (K − B) + pensiun</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.tahun}>
            <td>{r.tahun}</td>
            <td className="num">{formatAngka(r.pensiun)}</td>
            <td>
              <div className="bar">
                <span style={{ width: `${(100 * r.pensiun) / max}%`, background: "var(--warn)" }} />
              </div>
            </td>
            <td className={`num ${r.kebutuhan > 0 ? "neg" : "pos"}`}>{formatAngka(r.kebutuhan)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
