import { z } from "zod";

/** The one place that reads process.env. Validated lazily so that scripts can set values first. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SIASN_DATA_DIR: z.string().default(".data"),
  /** Where `next build` writes and `next start` reads the production build (tests use a throwaway one). */
  SIASN_NEXT_DIR: z.string().regex(/^\.next[\w-]*$/, "SIASN_NEXT_DIR harus berawalan .next").default(".next"),
  /** Port of the embedded PostgreSQL started by `npm start` (when DATABASE_URL is unset); unset: 54329, or the
   *  free port remembered in <data dir>/pg-port after 54329 was found busy. */
  SIASN_PG_PORT: z.coerce.number().int().positive().optional(),
  /** How long national sums are cached in memory (ms); 0 turns the cache off (tests, benchmarks). */
  SIASN_REKAP_NASIONAL_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** Connections per web server process in the pg pool. */
  SIASN_DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** How long a request waits for a new database connection before it is told the database is unavailable. */
  SIASN_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** A session ends after this many minutes without a request. */
  SIASN_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /** A session ends this many hours after sign-in, however active. */
  SIASN_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(8),
  /** Set by `next build` itself; the build must succeed without production secrets. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function getEnv(): Env {
  return envSchema.parse(process.env);
}

export function requireDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL belum diatur. Jalankan lewat `npm start` (PostgreSQL tertanam) atau atur DATABASE_URL.",
    );
  }
  return url;
}

const DEV_SECRET = "siasn-perencanaan-dev-secret-change-me";

/**
 * The key that signs session tokens. A production server refuses to run without one (a known constant
 * would let anyone forge a session); `next build` and development fall back to a constant.
 * `npm start` derives a stable secret per data dir and passes it in.
 */
export function authSecret(): string {
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET belum diatur: server produksi tidak dijalankan tanpa kunci sesi.");
  }
  return DEV_SECRET;
}

/** Idle and absolute session limits, in milliseconds. */
export function sessionLimits(): { idleMs: number; maxMs: number } {
  const env = getEnv();
  return { idleMs: env.SIASN_SESSION_IDLE_MINUTES * 60_000, maxMs: env.SIASN_SESSION_MAX_HOURS * 3_600_000 };
}
