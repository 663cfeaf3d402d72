/** Which pembina a unit stands for, from its name: the tree offers Import Unor Pembina only there. */
export type Pembina = "PENDIDIKAN" | "KESEHATAN";

export function pembinaUnit(nama: string): Pembina | null {
  if (/^(dinas|cabang dinas)\b.*\bpendidikan\b/i.test(nama)) return "PENDIDIKAN";
  if (/^dinas\b.*\bkesehatan\b/i.test(nama)) return "KESEHATAN";
  return null;
}
