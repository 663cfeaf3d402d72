import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;

/**
 * Pool settings for outages: while PostgreSQL is down a request should fail within seconds with
 * UNAVAILABLE (connectionTimeoutMillis, pg's default waits forever), and connections broken by a restart
 * are dropped by pg's pool on their error event, so the portal recovers by itself once the server is back.
 * Idle connections are closed after 30 s so that a restarted server is not met with stale sockets.
 */
export const POOL_SETTINGS = { max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 } as const;

export function createPrismaClient(url: string = requireDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, ...POOL_SETTINGS }) });
}

const globalForPrisma = globalThis as unknown as { __siasnPrisma?: PrismaClient };

/** The app's client, created on first use (so that importing this module never needs a URL). */
export function db(): PrismaClient {
  globalForPrisma.__siasnPrisma ??= createPrismaClient();
  return globalForPrisma.__siasnPrisma;
}
