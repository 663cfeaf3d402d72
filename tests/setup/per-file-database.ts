import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { withDatabase } from "../../lib/db-runtime/prisma-adapter";

/**
 * Each test file gets its own database, cloned from the migrated template, and DATABASE_URL points
 * at it before any module under test creates a client. Pure unit tests pay only a CREATE DATABASE.
 */
const adminUrl = inject("pgAdminUrl");
const name = `t_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE siasn_template`));
process.env.DATABASE_URL = withDatabase(adminUrl, name);
process.env.TEST_DATABASE_NAME = name;

afterAll(async () => {
  const g = globalThis as unknown as { __siasnPrisma?: { $disconnect(): Promise<void> } };
  await g.__siasnPrisma?.$disconnect();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});
