/**
 * Preparation of the load bench in the national dataset: bench operator accounts (one per instansi,
 * cycling when there are fewer instansi than users) plus a few pimpinan readers, and for each operator
 * its own targets, disjoint from every other operator's, so that every write is expected to succeed
 * and a lost or stale write cannot hide behind a legitimate conflict.
 */
import bcrypt from "bcryptjs";
import pg from "pg";

export const BENCH_PASSWORD = "beban-bench-2026";
export const BENCH_PREFIX = "beban.";

export interface Unit {
  id: number;
  nama: string;
  version: number;
}
export interface Cell {
  id: number;
  version: number;
}
export interface OperatorPlan {
  kind: "operator";
  username: string;
  instansiId: number;
  units: Unit[];
  cells: Cell[];
  /** (unorId, jabatanId) pairs not yet placed, to be consumed in order by "place jabatan". */
  placements: { unorId: number; jabatanId: number; jenis: "FUNGSIONAL" | "PELAKSANA" }[];
}
export interface ReaderPlan {
  kind: "pimpinan";
  username: string;
  jabatanIds: number[];
}
export type UserPlan = OperatorPlan | ReaderPlan;

/** Creates (or resets) the accounts and draws each operator's targets; deterministic for a given database. */
export async function prepareUsers(url: string, opts: { operators: number; readers: number; perUser: number }): Promise<UserPlan[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const hash = bcrypt.hashSync(BENCH_PASSWORD, 10);
    const instansi = (await c.query<{ id: number }>(`SELECT id FROM "Instansi" ORDER BY id`)).rows.map((r) => r.id);
    if (!instansi.length) throw new Error("Dataset nasional kosong: tidak ada instansi.");
    const upsert = `INSERT INTO "User" (username, nama, "passwordHash", role, "instansiId", aktif, "mustChangePassword", "updatedAt")
      VALUES ($1, $2, $3, $4::"Role", $5, true, false, now())
      ON CONFLICT (username) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", role = EXCLUDED.role,
        "instansiId" = EXCLUDED."instansiId", aktif = true, "mustChangePassword" = false, "updatedAt" = now()`;

    const jabatan = (
      await c.query<{ id: number; jenis: "FUNGSIONAL" | "PELAKSANA" }>(
        `SELECT id, jenis::text AS jenis FROM "Jabatan" WHERE aktif AND jenis IN ('FUNGSIONAL', 'PELAKSANA') ORDER BY id`,
      )
    ).rows;
    const plans: UserPlan[] = [];
    const perInstansiRound = new Map<number, number>();
    for (let i = 0; i < opts.operators; i++) {
      const instansiId = instansi[i % instansi.length];
      const round = perInstansiRound.get(instansiId) ?? 0;
      perInstansiRound.set(instansiId, round + 1);
      const username = `${BENCH_PREFIX}op${String(i + 1).padStart(4, "0")}`;
      await c.query(upsert, [username, `Operator Beban ${i + 1}`, hash, "OPERATOR", instansiId]);
      // Active non-root units holding cells; operators of the same instansi take disjoint slices.
      const units = (
        await c.query<Unit>(
          `SELECT u.id, u.nama, u.version FROM "Unor" u
           WHERE u."instansiId" = $1 AND u.aktif AND u."parentId" IS NOT NULL
             AND EXISTS (SELECT 1 FROM "PetaJabatan" p WHERE p."unorId" = u.id)
           ORDER BY hashint4(u.id), u.id OFFSET $2 LIMIT $3`,
          [instansiId, round * opts.perUser, opts.perUser],
        )
      ).rows;
      const unitIds = units.map((u) => u.id);
      const cells = (
        await c.query<Cell>(`SELECT id, version FROM "PetaJabatan" WHERE "unorId" = ANY($1::int[]) ORDER BY id LIMIT $2`, [unitIds, opts.perUser * 4])
      ).rows;
      const placed = new Set(
        (await c.query<{ k: string }>(`SELECT "unorId" || ':' || "jabatanId" AS k FROM "PetaJabatan" WHERE "unorId" = ANY($1::int[])`, [unitIds])).rows.map((r) => r.k),
      );
      const placements: OperatorPlan["placements"] = [];
      for (const [n, j] of jabatan.entries()) {
        const unorId = unitIds[n % Math.max(1, unitIds.length)];
        if (unorId && !placed.has(`${unorId}:${j.id}`)) placements.push({ unorId, jabatanId: j.id, jenis: j.jenis });
      }
      plans.push({ kind: "operator", username, instansiId, units, cells, placements });
    }
    const jabatanIds = (await c.query<{ id: number }>(`SELECT DISTINCT "jabatanId" AS id FROM "PetaJabatan" ORDER BY 1 LIMIT 200`)).rows.map((r) => r.id);
    for (let i = 0; i < opts.readers; i++) {
      const username = `${BENCH_PREFIX}pimpinan${String(i + 1).padStart(3, "0")}`;
      await c.query(upsert, [username, `Pimpinan Beban ${i + 1}`, hash, "PIMPINAN", null]);
      plans.push({ kind: "pimpinan", username, jabatanIds });
    }
    return plans;
  } finally {
    await c.end();
  }
}
