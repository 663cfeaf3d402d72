import "server-only";
import { db } from "@/lib/db";
import { isDbUnavailable } from "@/lib/errors";

export interface Health {
  status: "ok" | "error";
  database: { reachable: boolean; latencyMs?: number; migration?: string | null; error?: string };
  time: string;
}

export async function getHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY finished_at DESC, migration_name DESC LIMIT 1`;
    return {
      status: "ok",
      database: { reachable: true, latencyMs: Math.round(performance.now() - started), migration: rows[0]?.migration_name ?? null },
      time: new Date().toISOString(),
    };
  } catch (e) {
    // An outage is expected and reported by the 503 itself; only a different failure is worth a stack.
    if (isDbUnavailable(e)) console.warn("[health] database unreachable");
    else console.error("[health] database check failed", e);
    return { status: "error", database: { reachable: false, error: "Basis data tidak dapat dihubungi." }, time: new Date().toISOString() };
  }
}
