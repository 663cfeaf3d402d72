import type { z } from "zod";

/** The error body of the API and of server actions: one message, plus messages per dotted field path. */
export interface ValidationErrorBody {
  error: string;
  /** e.g. { "tugas.0.volume": ["Volume harus lebih dari 0."] } */
  fieldErrors: Record<string, string[]>;
}

export const INVALID_DATA_MESSAGE = "Data tidak valid. Periksa kembali isian yang ditandai.";

/**
 * A ZodError as { error, fieldErrors } with dotted paths ("tugas.0.volume"). An issue about the
 * whole value (empty path) has no field to sit on, so its message becomes `error` itself.
 */
export function zodErrorBody(err: z.ZodError, message: string = INVALID_DATA_MESSAGE): ValidationErrorBody {
  const fieldErrors: Record<string, string[]> = {};
  let rootMessage: string | undefined;
  for (const issue of err.issues) {
    if (issue.path.length === 0) {
      rootMessage ??= issue.message;
      continue;
    }
    const list = (fieldErrors[issue.path.map(String).join(".")] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return { error: rootMessage ?? message, fieldErrors };
}
