import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/actor";
import { AppError, isAppError, wrapDbError } from "@/lib/errors";
import { MAX_FILE_BYTES, TOO_LARGE_MESSAGE } from "@/lib/excel/infojab/read-workbook";
import { errorResponse } from "@/lib/http/error-response";
import { BodyTooLargeError, MultipartError, saveMultipartFile } from "@/lib/http/multipart-file";
import { requireEditor } from "@/lib/services/guard";
import { ImportRefused, importInfojabExcel, type Tahap } from "@/lib/services/infojab/import-infojab-excel";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ instansiId: z.coerce.number({ error: "Instansi tidak sah." }).int({ error: "Instansi tidak sah." }).positive({ error: "Instansi tidak sah." }) });
// The multipart envelope around a 20 MB file.
const BODY_SLACK = 64 * 1024;

/**
 * POST multipart (field `file`): the upload is streamed to a temp file under the size limit, then
 * imported; the answer is NDJSON — progress lines {tahap, selesai, total}, then {hasil} or {error}.
 */
export async function POST(req: Request, ctx: { params: Promise<{ instansiId: string }> }) {
  let dir: string | null = null;
  try {
    const actor = await requireActor();
    const { instansiId } = paramsSchema.parse(await ctx.params);
    await requireEditor(db(), actor, instansiId, { entity: "Infojab", entityId: "impor" });
    const declared = Number(req.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > MAX_FILE_BYTES + BODY_SLACK) throw new AppError("TOO_LARGE", TOO_LARGE_MESSAGE);
    if (!req.body) throw new AppError("INVALID", "Pilih file yang akan diunggah.");
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "unggah-infojab-"));
    const file = path.join(dir, "unggahan.xlsx");
    try {
      await saveMultipartFile(req.body, req.headers.get("content-type") ?? "", "file", file, MAX_FILE_BYTES + BODY_SLACK);
    } catch (e) {
      if (e instanceof BodyTooLargeError) throw new AppError("TOO_LARGE", TOO_LARGE_MESSAGE);
      if (e instanceof MultipartError) throw new AppError("INVALID", e.message);
      throw e;
    }
    const owned = dir;
    dir = null; // from here the stream below removes it
    return ndjson(async (send) => {
      try {
        let last = 0;
        const hasil = await importInfojabExcel(db(), actor, { instansiId, file }, (tahap: Tahap, selesai, total) => {
          // "membaca" reports every 5,000 rows; the others at most every 2 % so the line count stays small.
          const step = Math.max(1, Math.floor(total / 50));
          if (tahap === "membaca" || selesai === total || selesai - last >= step || selesai === 0) {
            last = selesai;
            send({ tahap, selesai, total });
          }
        });
        send({ hasil });
      } catch (e) {
        send({ error: errorLine(e) });
      } finally {
        await fs.promises.rm(owned, { recursive: true, force: true });
      }
    });
  } catch (e) {
    return errorResponse(e, "infojab/import");
  } finally {
    // Refused before the import started: nothing else will remove the upload.
    if (dir) await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

function errorLine(e: unknown) {
  const mapped = wrapDbError(e);
  if (mapped instanceof ImportRefused) return { message: mapped.message, code: mapped.code, masalah: mapped.masalah };
  if (isAppError(mapped)) return { message: mapped.message, code: mapped.code, masalah: [] };
  const requestId = crypto.randomUUID();
  console.error(`[infojab/import ${requestId}]`, e);
  return { message: `Terjadi kesalahan pada server (kode ${requestId}). Silakan coba lagi.`, code: "INTERNAL", masalah: [] };
}

function ndjson(run: (send: (line: unknown) => void) => Promise<void>): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // A browser that went away must not abort the import: its lines are simply dropped.
      let open = true;
      await run((line) => {
        if (!open) return;
        try {
          controller.enqueue(enc.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      });
      if (open) controller.close();
      controller.close();
    },
  });
  return new NextResponse(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
