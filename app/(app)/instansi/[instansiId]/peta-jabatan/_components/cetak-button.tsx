"use client";

/** "Cetak": the browser's print dialog (A4 landscape from the view's @page); not itself on paper. */
export function CetakButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Cetak
    </button>
  );
}
