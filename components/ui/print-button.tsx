"use client";

/** "Cetak": the browser's print dialog; the page's print CSS (@page) lays it out. Not itself on paper. */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Cetak
    </button>
  );
}
