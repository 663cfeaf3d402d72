import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv, requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;

/**
 * A checked-out client whose connection dies (server restart, pg_terminate_backend) is released to the
 * pool with its error, which discards it. Without this, @prisma/adapter-pg 6.19 never releases the
 * connection of a transaction that died (its ROLLBACK fails first), so every transaction in flight during
 * a restart leaks a pool slot for good and, once `max` have leaked, the portal never recovers.
 * The release is made idempotent so that a late release by the adapter is harmless.
 */
function releaseOnConnectionLoss(client: pg.PoolClient) {
  let release: ((err?: Error | boolean) => void) | null = null;
  const releaseOnce = (err?: Error | boolean) => {
    const r = release;
    release = null;
    r?.(err);
  };
  Object.defineProperty(client, "release", { configurable: true, get: () => releaseOnce, set: (fn) => (release = fn) });
  client.on("error", (err) => releaseOnce(err));
}

/**
 * Pool settings that let the portal ride out a database restart: a request made while the server is
 * down fails within `connectionTimeoutMillis` (instead of waiting forever, pg's default), errored idle
 * clients are dropped by pg-pool itself, checked-out ones by releaseOnConnectionLoss, so the first
 * request after a restart opens a fresh connection without restarting the web server.
 */
export function createPrismaClient(url: string = requireDatabaseUrl(), opts: { max?: number; connectionTimeoutMillis?: number } = {}): PrismaClient {
  const env = getEnv();
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? env.SIASN_DB_POOL_MAX,
    connectionTimeoutMillis: opts.connectionTimeoutMillis ?? env.SIASN_DB_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  pool.on("connect", releaseOnConnectionLoss);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

const globalForPrisma = globalThis as unknown as { __siasnPrisma?: PrismaClient };

/** The app's client, created on first use (so that importing this module never needs a URL). */
export function db(): PrismaClient {
  globalForPrisma.__siasnPrisma ??= createPrismaClient();
  return globalForPrisma.__siasnPrisma;
}
