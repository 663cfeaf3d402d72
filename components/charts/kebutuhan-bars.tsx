import { formatAngka } from "@/lib/format";

export interface BarRow {
  label: string;
  kebutuhan: number;
  existing: number;
}

/** Paired horizontal bars: kebutuhan (blue) against existing (grey), on one scale. */
export function KebutuhanBars({ rows, caption }: { rows: BarRow[]; caption: string }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.kebutuhan, r.existing]));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="muted" style={{ marginBottom: ".4rem" }}>
        {caption} — <span style={{ color: "var(--brand)" }}>■</span> kebutuhan <span style={{ color: "#8a96a8" }}>■</span> existing
      </figcaption>
      <div style={{ display: "grid", gridTemplateColumns: "minmax(140px, 22%) 1fr", gap: ".35rem .75rem", alignItems: "center" }}>
        {rows.map((r) => (
          <div key={r.label} style={{ display: "contents" }}>
            <div title={r.label} style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
              {r.label}
            </div>
            <div aria-label={`${r.label}: kebutuhan ${formatAngka(r.kebutuhan)}, existing ${formatAngka(r.existing)}`}>
              <div className="bar" title={`Kebutuhan ${formatAngka(r.kebutuhan)}`}>
                <span style={{ width: `${(100 * r.kebutuhan) / max}%` }} />
              </div>
              <div className="bar" title={`Existing ${formatAngka(r.existing)}`} style={{ marginTop: 2 }}>
                <span style={{ width: `${(100 * r.existing) / max}%`, background: "#8a96a8" }} />
              </div>
            </div>
          </div>
        ))}
      </div>
    </figure>
  );
}
