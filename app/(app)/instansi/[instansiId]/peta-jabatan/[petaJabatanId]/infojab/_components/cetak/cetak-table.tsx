/** A bordered table with a No column on the printed infojab; "-" when it has no rows. */
export function CetakTable({ head, rows }: { head: readonly string[]; rows: readonly (readonly string[])[] }) {
  if (!rows.length) return <p>-</p>;
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: "2.2em" }}>No</th>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="c">{i + 1}</td>
            {r.map((c, j) => (
              <td key={j}>{c.trim() || "-"}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
