import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextResponse } from "next/server";
import { AppError, isAppError, wrapDbError } from "@/lib/errors";
import { BodyTooLargeError, MultipartError, saveMultipartFile } from "./multipart-file";

// The multipart envelope around the file.
const BODY_SLACK = 64 * 1024;

export interface UploadOptions {
  where: string;
  maxBytes: number;
  tooLarge: string;
  /** Name of the temp file (its extension is what readers sniff by). */
  filename: string;
}

/** A problem list carried by a refusal (an import's rows and columns), if any. */
type WithMasalah = { masalah?: unknown[] };

/**
 * Streams the multipart field `file` of the request to a temp file under the size limit (refusing
 * early with a thrown AppError), then answers NDJSON while `run` works: whatever it sends (progress
 * lines), then {hasil} or {error: {message, code, masalah}}. The temp file is removed in every case;
 * a browser that went away does not abort the work, its lines are dropped.
 */
export async function uploadThenNdjson(req: Request, opts: UploadOptions, run: (file: string, send: (line: unknown) => void) => Promise<unknown>): Promise<Response> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > opts.maxBytes + BODY_SLACK) throw new AppError("TOO_LARGE", opts.tooLarge);
  if (!req.body) throw new AppError("INVALID", "Pilih file yang akan diunggah.");
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "unggah-"));
  const file = path.join(dir, opts.filename);
  try {
    await saveMultipartFile(req.body, req.headers.get("content-type") ?? "", "file", file, opts.maxBytes + BODY_SLACK);
  } catch (e) {
    await fs.promises.rm(dir, { recursive: true, force: true });
    if (e instanceof BodyTooLargeError) throw new AppError("TOO_LARGE", opts.tooLarge);
    if (e instanceof MultipartError) throw new AppError("INVALID", e.message);
    throw e;
  }
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (line: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(enc.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        send({ hasil: await run(file, send) });
      } catch (e) {
        send({ error: errorLine(e, opts.where) });
      } finally {
        await fs.promises.rm(dir, { recursive: true, force: true });
      }
      if (open) controller.close();
    },
  });
  return new NextResponse(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}

function errorLine(e: unknown, where: string) {
  const mapped = wrapDbError(e);
  if (isAppError(mapped)) return { message: mapped.message, code: mapped.code, masalah: (mapped as WithMasalah).masalah ?? [] };
  const requestId = crypto.randomUUID();
  console.error(`[${where} ${requestId}]`, e);
  return { message: `Terjadi kesalahan pada server (kode ${requestId}). Silakan coba lagi.`, code: "INTERNAL", masalah: [] };
}

/** Progress lines at most every 2 % of a step (reading: as reported), so a 100,000-row import sends few lines. */
export function throttledProgress(send: (line: unknown) => void) {
  let last = -1;
  let lastTahap = "";
  return (tahap: string, selesai: number, total: number) => {
    const step = Math.max(1, Math.floor(total / 50));
    if (tahap !== lastTahap || total === 0 || selesai === total || selesai - last >= step) {
      last = selesai;
      lastTahap = tahap;
      send({ tahap, selesai, total });
    }
  };
}
