import { z } from "zod";
import { isAppError, wrapDbError } from "@/lib/errors";
import { zodErrorBody } from "@/lib/validation/zod-errors";

/** What every server action returns: data, or an Indonesian message with per-field messages. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; error: string; fieldErrors?: Record<string, string[]> };

export const GENERIC_ERROR = "Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi admin dengan kode";

/**
 * Runs an action body and turns every failure into an ActionResult: expected errors (AppError,
 * ZodError) keep their message; anything else is logged with a reference and shown generically.
 */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (thrown) {
    const e = wrapDbError(thrown);
    if (e instanceof z.ZodError) return { ok: false, code: "INVALID", ...zodErrorBody(e) };
    if (isAppError(e)) return { ok: false, code: e.code, error: e.message, fieldErrors: e.fieldErrors };
    // next/navigation's redirect/notFound/forbidden signal by throwing: let them through.
    if (typeof e === "object" && e && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, e);
    return { ok: false, code: "INTERNAL", error: `${GENERIC_ERROR} ${ref}.` };
  }
}
