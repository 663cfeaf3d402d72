"use client";

/** Move up / move down / remove for row `index` of a list; labelled with the row number for screen readers. */
export function RowButtons({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const n = index + 1;
  return (
    <div className="row-buttons">
      <button type="button" className="secondary" aria-label={`Naikkan baris ${n}`} title="Naikkan" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        ↑
      </button>
      <button type="button" className="secondary" aria-label={`Turunkan baris ${n}`} title="Turunkan" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        ↓
      </button>
      <button type="button" className="secondary danger-text" aria-label={`Hapus baris ${n}`} title="Hapus" onClick={() => onRemove(index)}>
        ×
      </button>
    </div>
  );
}
