import { z } from "zod";
import type { PegawaiFilter, StatusFilter } from "@/lib/data/pegawai";
import { KODE_KARTU, type KodeKartu } from "@/lib/domain/pegawai/masalah";

export const PER_HALAMAN = 50;

/** A value the page does not know is dropped (the list shows unfiltered), never an error page. */
const opt = <T extends z.ZodType>(t: T) => t.optional().catch(undefined);

/** The tab's URL state (?q=&jenis=&status=&unor=&masalah=&hal=), parsed with zod. */
export const pegawaiQuerySchema = z.object({
  q: opt(z.string().trim().max(100).transform((s) => s || undefined)),
  jenis: opt(z.enum(["PNS", "PPPK"])),
  status: z.enum(["aktif", "nonaktif", "semua"]).catch("aktif").default("aktif"),
  unor: opt(z.coerce.number().int().positive()),
  masalah: opt(z.enum([...KODE_KARTU, "tidak-sesuai", "sesuai"])),
  hal: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});

export type PegawaiQuery = z.infer<typeof pegawaiQuerySchema>;

export function parsePegawaiQuery(raw: Record<string, string | string[] | undefined>): PegawaiQuery {
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return pegawaiQuerySchema.parse(first);
}

export function toFilter(q: PegawaiQuery): PegawaiFilter {
  return {
    q: q.q,
    jenis: q.jenis,
    status: q.status as StatusFilter,
    unorId: q.unor,
    masalah: q.masalah === "unor-tanpa-kebutuhan" ? undefined : q.masalah,
    halaman: q.hal,
    perHalaman: PER_HALAMAN,
  };
}

/** The tab's URL with some parameters changed (undefined removes one); the page resets to 1 unless given. */
export function hrefPegawai(instansiId: number, q: PegawaiQuery, ubah: Partial<Record<keyof PegawaiQuery, string | number | undefined>>): string {
  const next: Record<string, string | number | undefined> = { q: q.q, jenis: q.jenis, status: q.status === "aktif" ? undefined : q.status, unor: q.unor, masalah: q.masalah, hal: undefined, ...ubah };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== "" && !(k === "hal" && v === 1)) params.set(k, String(v));
  const qs = params.toString();
  return `/instansi/${instansiId}/pegawai${qs ? `?${qs}` : ""}`;
}

export const isKartu = (m: PegawaiQuery["masalah"]): m is KodeKartu => !!m && (KODE_KARTU as readonly string[]).includes(m);
