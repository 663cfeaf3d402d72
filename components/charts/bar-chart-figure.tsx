"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatAngka } from "@/lib/format";
import styles from "./bar-chart-figure.module.css";

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export type BarDatum = { label: string } & Record<string, number | string>;

/**
 * A recharts bar chart in a figure, for any page: one bar per series and category. The chart is a
 * picture for sighted readers; screen readers get the same figures as a table (`tabel`: "tersembunyi",
 * the default), or, when the page already shows them in a visible table, `tabel="tidak"` and the
 * picture is described by its caption only. Figures come from the caller (lib/data), never summed here.
 */
export function BarChartFigure({
  judul,
  data,
  series,
  kategori = "Kategori",
  horizontal = false,
  tinggi,
  tabel = "tersembunyi",
}: {
  judul: string;
  data: BarDatum[];
  series: BarSeries[];
  kategori?: string;
  horizontal?: boolean;
  tinggi?: number;
  tabel?: "tersembunyi" | "tidak";
}) {
  const height = tinggi ?? (horizontal ? Math.max(160, 48 + data.length * (18 + 14 * series.length)) : 260);
  const fmt = (v: unknown) => (typeof v === "number" ? formatAngka(v) : String(v ?? ""));
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{judul}</figcaption>
      {data.length === 0 ? (
        <p className="muted">Tidak ada data.</p>
      ) : (
        <div className={styles.chart} aria-hidden="true">
          {/* `responsive`: the chart follows its own box (CSS width 100%), so paper and screen both fit. */}
          <BarChart
            responsive
            style={{ width: "100%", height }}
            data={data}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 16, right: 36, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} tickFormatter={fmt} />
                <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
                <YAxis allowDecimals={false} tickFormatter={fmt} width={56} />
              </>
            )}
            <Tooltip formatter={fmt} />
            <Legend />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false}>
                <LabelList dataKey={s.key} position={horizontal ? "right" : "top"} formatter={fmt} style={{ fontSize: 11 }} />
              </Bar>
            ))}
          </BarChart>
        </div>
      )}
      {tabel === "tersembunyi" && data.length > 0 && (
        <table className="visually-hidden">
          <caption>{judul}</caption>
          <thead>
            <tr>
              <th scope="col">{kategori}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{fmt(d[s.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

/** The series every K-vs-B chart uses, in one place. */
export const SERIES_K_B: BarSeries[] = [
  { key: "kebutuhan", label: "Kebutuhan (K)", color: "#0b4f8a" },
  { key: "existing", label: "Existing (B)", color: "#8a96a8" },
];
