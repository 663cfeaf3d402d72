"use client";

/** "Cetak": the browser's print dialog (A4 from the print CSS); not itself on paper. */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Cetak
    </button>
  );
}
