/**
 * One cell of an uploaded sheet as a plain value: what a user may have typed or pasted (rich
 * text, a hyperlink, a formula with its cached result, a date) reduced to text, a number or blank,
 * or a problem message in Indonesian.
 */
import type { ColumnDef } from "./layout";

export type CellRead = { ok: true; value: string | number | null } | { ok: false; message: string };

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
  if ("error" in o) return { error: String(o.error) };
  // A formula the user typed: its cached result is what Excel showed them.
  if ("formula" in o || "sharedFormula" in o) return plain(o.result);
  if ("text" in o) return plain(o.text);
  return String(v);
}

const tanggal = (d: Date) => d.toISOString().slice(0, 10);

export function readCell(raw: unknown, col: ColumnDef): CellRead {
  const v = plain(raw);
  if (v && typeof v === "object" && "error" in v) return { ok: false, message: `${col.header} berisi galat Excel ${(v as { error: string }).error}.` };
  if (v === null || (typeof v === "string" && v.trim() === "")) return { ok: true, value: null };
  if (col.type === "text") {
    if (v instanceof Date) return { ok: true, value: tanggal(v) };
    return { ok: true, value: String(v).trim() };
  }
  if (col.type === "list") {
    const s = (v instanceof Date ? tanggal(v) : String(v)).trim();
    // Codes are matched without regard to case: "tahun" is TAHUN.
    const hit = col.list?.find((x) => x.toLowerCase() === s.toLowerCase());
    return { ok: true, value: hit ?? s };
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, message: `${col.header} harus berupa angka.` };
    if (col.type === "int" && !Number.isInteger(v)) return { ok: false, message: `${col.header} harus bilangan bulat.` };
    return { ok: true, value: v };
  }
  if (v instanceof Date) return { ok: false, message: `${col.header} harus berupa angka, bukan tanggal.` };
  return { ok: false, message: `${col.header} harus berupa angka, bukan teks ("${String(v).trim().slice(0, 40)}").` };
}
