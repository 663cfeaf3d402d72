/**
 * Dates as operators type them in a pegawai file: ISO (YYYY-MM-DD) or the Indonesian order
 * (DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY). Returns YYYY-MM-DD, or null for anything else or an
 * impossible day (31-02-1990). Pure.
 */
export function parseTanggal(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (hit) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else {
    hit = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!hit) return null;
    [d, m, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** L/P, Pria/Wanita, Laki-laki/Perempuan, 1/2 (the NIP's own code), any case. */
export function parseJenisKelamin(text: string): "PRIA" | "WANITA" | null {
  const s = text.trim().toUpperCase();
  if (["L", "PRIA", "LAKI-LAKI", "LAKI LAKI", "1"].includes(s)) return "PRIA";
  if (["P", "WANITA", "PEREMPUAN", "2"].includes(s)) return "WANITA";
  return null;
}
