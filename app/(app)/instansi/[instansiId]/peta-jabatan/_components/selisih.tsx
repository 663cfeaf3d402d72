import { formatAngka } from "@/lib/format";
import { labelSelisih } from "@/lib/domain/peta-jabatan/susun";

/** A selisih (B − K) with its sign and word, so excess and shortage differ without colour too. */
export function Selisih({ value }: { value: number }) {
  return <span className={value < 0 ? "neg" : value > 0 ? "pos" : undefined}>{labelSelisih(value, formatAngka)}</span>;
}
