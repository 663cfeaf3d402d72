/** Expected failures, shown to the user in Indonesian. Anything else is logged and shown generically. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID"
  | "LOCKED"
  | "TOO_MANY"
  | "TOO_LARGE"
  | "UNAVAILABLE";

/** The one table from error code to HTTP status; route handlers answer with it. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  TOO_MANY: 429,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export const DB_UNAVAILABLE_MESSAGE = "Basis data sedang tidak dapat dihubungi, coba lagi sebentar lagi.";
export const DB_BUSY_MESSAGE = "Server sedang sibuk melayani banyak permintaan, coba lagi sebentar lagi.";

/** Every code-like field of an error and its causes: Prisma, the pg driver and the adapter nest them. */
function errorCodes(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== "object" || depth > 5) return [];
  const o = e as Record<string, unknown>;
  const own = [o.code, o.originalCode, o.kind].filter((v): v is string => typeof v === "string");
  const meta = o.meta as Record<string, unknown> | undefined;
  return [...own, ...errorCodes(o.cause, depth + 1), ...errorCodes(meta?.driverAdapterError, depth + 1)];
}

// 57P01/57P02/57P03: server shutting down, crashed or starting (a restart); 53300: connection slots full;
// DatabaseNotReachable is what @prisma/adapter-pg reports for ECONNREFUSED at connect.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "P1001", "P1002", "P1017", "57P01", "57P02", "57P03", "53300",
  "08006", "08001", "08003", "08004", "DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections",
]);

// pg's own wording when a socket dies mid-query or a new connection cannot be made in time.
const CONNECTION_MESSAGE = /ECONNREFUSED|Can't reach database|Connection terminated|Client has encountered a connection error/i;
// The database is up but every pooled connection is busy: pg-pool's queue wait ran out, or Prisma could
// not start a transaction within maxWait (P2028). Also 503, but the user is told the truth.
const BUSY_MESSAGE = /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i;

/**
 * Maps what the database says into AppError: unique violations and serialisation failures become
 * CONFLICT, a missing row NOT_FOUND, a lost connection UNAVAILABLE. Anything else is returned as is.
 */
export function wrapDbError(e: unknown): unknown {
  if (isAppError(e)) return e;
  const codes = errorCodes(e);
  const message = e instanceof Error ? e.message : "";
  if (codes.includes("P2002") || codes.includes("23505") || codes.includes("UniqueConstraintViolation"))
    return new AppError("CONFLICT", "Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang, lalu periksa kembali.");
  if (codes.some((c) => ["P2034", "40001", "40P01", "TransactionWriteConflict"].includes(c)))
    return new AppError("CONFLICT", "Perubahan bertabrakan dengan perubahan lain yang berjalan bersamaan. Coba lagi.");
  if (codes.includes("P2025")) return new AppError("NOT_FOUND", "Data tidak ditemukan; mungkin sudah dihapus.");
  if (codes.some((c) => CONNECTION_CODES.has(c)) || CONNECTION_MESSAGE.test(message))
    return new AppError("UNAVAILABLE", DB_UNAVAILABLE_MESSAGE);
  if (codes.includes("P2028") || BUSY_MESSAGE.test(message)) return new AppError("UNAVAILABLE", DB_BUSY_MESSAGE);
  return e;
}

/** The notice for a thrown error that means the database cannot serve now (down or saturated), else null. */
export function unavailableMessage(e: unknown): string | null {
  const mapped = wrapDbError(e);
  return isAppError(mapped) && mapped.code === "UNAVAILABLE" ? mapped.message : null;
}

export const isDbUnavailable = (e: unknown): boolean => unavailableMessage(e) !== null;
