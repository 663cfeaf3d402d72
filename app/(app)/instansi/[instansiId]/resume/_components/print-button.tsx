"use client";

/** "Cetak": the browser's print dialog (the print stylesheet lays the resume out on A4). */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Cetak
    </button>
  );
}
