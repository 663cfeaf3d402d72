import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { HTTP_STATUS, isAppError, wrapDbError } from "@/lib/errors";
import { zodErrorBody } from "@/lib/validation/zod-errors";

export interface ErrorBody {
  error: string;
  fieldErrors: Record<string, string[]>;
  masalah?: unknown[];
  requestId?: string;
}

/**
 * The JSON answer of a route handler for a thrown error: an AppError (or a database failure mapped by
 * wrapDbError) with its status from HTTP_STATUS, a ZodError from a service's own parse as INVALID;
 * anything else 500 with a request id that is also logged.
 */
export function errorResponse(e: unknown, where: string): NextResponse<ErrorBody> {
  const mapped = wrapDbError(e);
  if (isAppError(mapped)) {
    // A refused file carries its problems by row and column (imports): they travel with the message.
    const masalah = (mapped as { masalah?: unknown }).masalah;
    return NextResponse.json(
      { error: mapped.message, fieldErrors: mapped.fieldErrors ?? {}, ...(Array.isArray(masalah) ? { masalah } : {}) },
      { status: HTTP_STATUS[mapped.code] },
    );
  }
  if (mapped instanceof z.ZodError) return NextResponse.json(zodErrorBody(mapped), { status: HTTP_STATUS.INVALID });
  const requestId = crypto.randomUUID();
  console.error(`[${where} ${requestId}]`, e);
  return NextResponse.json(
    { error: `Terjadi kesalahan pada server (kode ${requestId}). Silakan coba lagi.`, fieldErrors: {}, requestId },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}
