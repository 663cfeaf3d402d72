import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { canManageAturan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { importReferensi } from "@/lib/services/pembina/import-referensi";
import { MAX_REFERENSI_BYTES, readReferensiFile } from "@/lib/services/pembina/read-referensi-file";

export const dynamic = "force-dynamic";

const jenisSchema = z.enum(["SEKOLAH", "FASKES"], { error: "Pilih jenis data referensi (sekolah atau faskes)." });

/**
 * POST multipart (fields `jenis`, `file`): ADMIN loads the pembina's register from CSV or .xlsx. The
 * file is small (≤ 5 MB), so it is read whole; the answer is { hasil } or { error, masalah[] }.
 */
export async function POST(req: Request) {
  try {
    const actor = await requireActor();
    if (!canManageAturan(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat mengimpor data referensi.");
    const declared = Number(req.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > MAX_REFERENSI_BYTES + 64 * 1024) throw new AppError("TOO_LARGE", `File terlalu besar (paling besar ${MAX_REFERENSI_BYTES / 1024 / 1024} MB).`);
    const form = await req.formData().catch(() => {
      throw new AppError("INVALID", "Unggahan tidak terbaca. Pilih file, lalu unggah ulang.");
    });
    const jenis = jenisSchema.parse(form.get("jenis"));
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", "Pilih file CSV atau .xlsx yang akan diunggah.");
    const rows = await readReferensiFile(Buffer.from(await file.arrayBuffer()));
    return NextResponse.json({ hasil: await importReferensi(db(), actor, jenis, rows) });
  } catch (e) {
    return errorResponse(e, "referensi-impor");
  }
}
