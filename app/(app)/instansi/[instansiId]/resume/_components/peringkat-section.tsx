import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import type { JabatanRekap } from "@/lib/data/resume";
import { formatAngka, JENIS_JABATAN_LABEL } from "@/lib/format";

const TEKS = {
  kekurangan: { judul: "Sepuluh jabatan dengan kekurangan terbesar", kolom: "Kekurangan (K > B)", tanda: "−", warna: "#b42318" },
  kelebihan: { judul: "Sepuluh jabatan dengan kelebihan terbesar", kolom: "Kelebihan (B > K)", tanda: "+", warna: "#1d7a46" },
} as const;

/** The ten jabatan with the largest gross shortage (or excess), summed over the instansi's active units. */
export function PeringkatSection({ id, ukuran, rows }: { id: string; ukuran: "kekurangan" | "kelebihan"; rows: JabatanRekap[] }) {
  const t = TEKS[ukuran];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t.judul}</h2>
      {rows.length === 0 ? (
        <p className="muted">Tidak ada jabatan dengan {ukuran}.</p>
      ) : (
        <>
          <BarChartFigure
            judul={`${t.kolom} per jabatan`}
            data={rows.map((r) => ({ label: r.nama, [ukuran]: r[ukuran] }))}
            series={[{ key: ukuran, label: t.kolom, color: t.warna }]}
            horizontal
            tabel="tidak"
          />
          <table className="data" aria-label={t.judul} data-testid={`${id}-tabel`}>
            <thead>
              <tr>
                <th scope="col" className="num">No</th>
                <th scope="col">Jabatan</th>
                <th scope="col">Jenis</th>
                <th scope="col" className="num">Kelas</th>
                <th scope="col" className="num">K</th>
                <th scope="col" className="num">B</th>
                <th scope="col" className="num">{t.kolom}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{r.nama}</th>
                  <td>{JENIS_JABATAN_LABEL[r.jenis] ?? r.jenis}</td>
                  <td className="num">{r.kelas}</td>
                  <td className="num">{formatAngka(r.kebutuhan)}</td>
                  <td className="num">{formatAngka(r.existing)}</td>
                  <td className={`num ${ukuran === "kekurangan" ? "neg" : "pos"}`}>
                    {t.tanda}
                    {formatAngka(r[ukuran])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
