"use client";

/** "Cetak": the browser's print dialog; the sheet size comes from the page's @page rule. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      Cetak
    </button>
  );
}
