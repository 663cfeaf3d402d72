/** A numbered list on the printed infojab; "-" when empty, as the form prints an empty part. */
export function CetakList({ items }: { items: readonly string[] }) {
  const rows = items.map((s) => s.trim()).filter(Boolean);
  if (!rows.length) return <p>-</p>;
  return (
    <ol className="num">
      {rows.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ol>
  );
}
