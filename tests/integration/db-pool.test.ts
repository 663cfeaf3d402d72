import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { AppError, DB_UNAVAILABLE_MESSAGE, wrapDbError } from "@/lib/errors";

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

/**
 * @prisma/adapter-pg 6.19 never gave back the connection of a transaction whose backend died (a
 * restart in the middle of a write): after `max` such transactions the portal would never answer again.
 */
describe("the app's pool across killed connections", () => {
  it("does not leak slots: after more killed transactions than the pool holds, each mapped to UNAVAILABLE, a query still runs", async () => {
    const client = createPrismaClient(undefined, { max: 2, connectionTimeoutMillis: 2_000 });
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    try {
      for (let i = 0; i < 3; i++) {
        const e = wrapDbError(
          await failure(() =>
            client.$transaction(async (tx) => {
              const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
              await killer.query("SELECT pg_terminate_backend($1)", [pid]); // as a server restart would
              await new Promise((r) => setTimeout(r, 50));
              return tx.user.count();
            }),
          ),
        );
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe("UNAVAILABLE");
        expect((e as AppError).message).toBe(DB_UNAVAILABLE_MESSAGE);
      }
      const [{ ok }] = await client.$queryRaw<{ ok: number }[]>`SELECT 1::int AS ok`;
      expect(ok).toBe(1);
    } finally {
      await killer.end();
      await client.$disconnect();
    }
  }, 30_000);
});
