import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { hitungAbk, overrideRuleSet } from "@/lib/domain/abk";
import { errorResponse } from "@/lib/http/error-response";
import { abkHitungRequestSchema, type AbkHitungResponse } from "@/lib/validation/abk";
import { zodErrorBody, type ValidationErrorBody } from "@/lib/validation/zod-errors";

export const dynamic = "force-dynamic";

/** 1,000 uraian tugas fit comfortably; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 256 * 1024;

const failure = (status: number, error: string, fieldErrors: ValidationErrorBody["fieldErrors"] = {}) =>
  NextResponse.json<ValidationErrorBody>({ error, fieldErrors }, { status });

const tooLarge = () => failure(413, "Isi permintaan terlalu besar (paling besar 256 KB).");

/** The body as text, or null once it passes the limit: streamed, so a huge body is never held whole. */
async function readBodyLimited(req: Request): Promise<string | null> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * ABK of one jabatan from JSON, for other systems to check a figure: no login, reads no planning
 * data, only the rule set in force (which `aturan` may adjust, marked "+kustom").
 */
export async function POST(req: Request) {
  try {
    const text = await readBodyLimited(req);
    if (text === null) return tooLarge();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return failure(400, "Isi permintaan bukan JSON yang sah.");
    }
    const parsed = abkHitungRequestSchema.safeParse(json);
    if (!parsed.success) return NextResponse.json(zodErrorBody(parsed.error), { status: 400 });

    const { tugas, existing, aturan } = parsed.data;
    const rule = overrideRuleSet(await getAturanBerlaku(db()), aturan);
    const hasil = hitungAbk({ tugas, existing }, rule);
    return NextResponse.json<AbkHitungResponse>({
      totalMenit: hasil.totalMenit,
      wkeMenit: hasil.wkeMenit,
      kebutuhanPecahan: hasil.kebutuhanPecahan,
      kebutuhan: hasil.kebutuhan,
      ej: hasil.ej,
      pj: hasil.pj,
      versiAturan: hasil.versiAturan,
      rincian: hasil.rincian.map((r) => ({ uraian: r.uraian, menitSetahun: r.menitSetahun })),
    });
  } catch (e) {
    return errorResponse(e, "abk/hitung");
  }
}
