import { formatAngka } from "@/lib/format";

/** A selisih (B − K) with its sign and a word, so excess and shortage read apart without colour. */
export function Selisih({ value }: { value: number }) {
  if (value > 0) return <span className="pos">+{formatAngka(value)} lebih</span>;
  if (value < 0) return <span className="neg">−{formatAngka(-value)} kurang</span>;
  return <span>0 sesuai</span>;
}
