import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

/** Where tests/e2e/serve.ts leaves the URL of the database behind the server on this port. */
export const e2eDatabaseUrlFile = (port: number) => path.join(os.tmpdir(), `siasn-e2e-${port}.db-url`);

/** The database behind the test server on E2E_PORT. */
export const e2eDatabaseUrl = () => fs.readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8");

/** One query on the test server's database, on a connection of its own: what a test expects, read where the app reads it. */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A fresh active user of its own, so that a test may lock it out without touching the demo logins. */
export async function makeE2eUser(role: "VERIFIKATOR" | "PIMPINAN", password: string): Promise<string> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const client = new pg.Client({ connectionString: fs.readFileSync(e2eDatabaseUrlFile(port), "utf8") });
  await client.connect();
  try {
    const username = `e2e.${role.toLowerCase()}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    await client.query(
      `INSERT INTO "User" (username, nama, "passwordHash", role, aktif, "updatedAt") VALUES ($1, $2, $3, $4, true, now())`,
      [username, `Pengguna ${username}`, await hashPassword(password), role],
    );
    return username;
  } finally {
    await client.end();
  }
}
