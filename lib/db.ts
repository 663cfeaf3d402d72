import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(url: string = requireDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { __siasnPrisma?: PrismaClient };

/** The app's client, created on first use (so that importing this module never needs a URL). */
export function db(): PrismaClient {
  globalForPrisma.__siasnPrisma ??= createPrismaClient();
  return globalForPrisma.__siasnPrisma;
}
