/**
 * What an infojab write changes, for the import report and the audit: uraian tugas rows matched by
 * position (the document's order is the operator's order), and which other sections differ.
 */
export interface UraianRow {
  uraian: string;
  hasilKerja: string;
  satuan: string;
  volume: number;
  periode: string;
  waktu: number;
  satuanWaktu: string;
}

export interface InfojabDiff {
  uraianDitambah: number;
  uraianDiubah: number;
  uraianDihapus: number;
  bagianBerubah: string[];
}

const sameRow = (a: UraianRow, b: UraianRow) =>
  a.uraian === b.uraian && a.hasilKerja === b.hasilKerja && a.satuan === b.satuan && a.volume === b.volume &&
  a.periode === b.periode && a.waktu === b.waktu && a.satuanWaktu === b.satuanWaktu;

// Key order of JSON from PostgreSQL jsonb differs from the schema's: compare canonically.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

export function diffInfojab<T extends { uraianTugas: UraianRow[] }>(before: T, after: T): InfojabDiff {
  const n = Math.min(before.uraianTugas.length, after.uraianTugas.length);
  let uraianDiubah = 0;
  for (let i = 0; i < n; i++) if (!sameRow(before.uraianTugas[i], after.uraianTugas[i])) uraianDiubah++;
  const bagianBerubah = Object.keys(after).filter(
    (k) => k !== "uraianTugas" && canonical((before as Record<string, unknown>)[k]) !== canonical((after as Record<string, unknown>)[k]),
  );
  return {
    uraianDitambah: Math.max(0, after.uraianTugas.length - n),
    uraianDiubah,
    uraianDihapus: Math.max(0, before.uraianTugas.length - n),
    bagianBerubah,
  };
}

export const isUnchanged = (d: InfojabDiff) => d.uraianDitambah + d.uraianDiubah + d.uraianDihapus === 0 && d.bagianBerubah.length === 0;
