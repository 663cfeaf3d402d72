/**
 * After the run: is every acknowledged write in the database? Each target belongs to one bench user,
 * so the last acknowledged value of a unit or cell must be the stored one, every acknowledged placement
 * must exist, and the audit log must hold one entry per acknowledged write (more would mean a write
 * that committed although its request failed; fewer, a write without its audit entry).
 */
import pg from "pg";
import { BENCH_PREFIX, type UserPlan } from "./beban-setup";

export type Acked =
  | { kind: "rename"; id: number; nama: string }
  | { kind: "place"; id: number; unorId: number; jabatanId: number; kebutuhan: number }
  | { kind: "kebutuhan"; id: number; kebutuhan: number };

export interface WriteCheck {
  acknowledged: number;
  lost: { kind: string; id: number; expected: unknown; found: unknown }[];
  audit: Record<string, { acknowledged: number; logged: number }>;
}

export async function checkWrites(url: string, acked: Acked[], plans: UserPlan[], since: Date): Promise<WriteCheck> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const lost: WriteCheck["lost"] = [];
    const lastNama = new Map<number, string>();
    const lastKebutuhan = new Map<number, number>();
    const places = acked.filter((a): a is Extract<Acked, { kind: "place" }> => a.kind === "place");
    for (const a of acked) {
      if (a.kind === "rename") lastNama.set(a.id, a.nama);
      if (a.kind === "kebutuhan") lastKebutuhan.set(a.id, a.kebutuhan);
    }
    const units = new Map(
      (await c.query<{ id: number; nama: string }>(`SELECT id, nama FROM "Unor" WHERE id = ANY($1::int[])`, [[...lastNama.keys()]])).rows.map((r) => [r.id, r.nama]),
    );
    for (const [id, nama] of lastNama) if (units.get(id) !== nama) lost.push({ kind: "rename", id, expected: nama, found: units.get(id) ?? null });
    const cellIds = [...lastKebutuhan.keys(), ...places.map((p) => p.id)];
    const cells = new Map(
      (
        await c.query<{ id: number; unorId: number; jabatanId: number; kebutuhan: number }>(
          `SELECT id, "unorId", "jabatanId", kebutuhan FROM "PetaJabatan" WHERE id = ANY($1::int[])`,
          [cellIds],
        )
      ).rows.map((r) => [r.id, r]),
    );
    for (const [id, k] of lastKebutuhan) if (cells.get(id)?.kebutuhan !== k) lost.push({ kind: "kebutuhan", id, expected: k, found: cells.get(id)?.kebutuhan ?? null });
    for (const p of places) {
      const found = cells.get(p.id);
      if (!found || found.unorId !== p.unorId || found.jabatanId !== p.jabatanId || found.kebutuhan !== p.kebutuhan)
        lost.push({ kind: "place", id: p.id, expected: p, found: found ?? null });
    }
    const logged = new Map(
      (
        await c.query<{ action: string; n: number }>(
          `SELECT a.action, count(*)::int AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."userId"
           WHERE u.username LIKE $1 AND u.username = ANY($2::text[]) AND a.action IN ('RENAME', 'CREATE', 'UPDATE_KEBUTUHAN')
             AND a.entity IN ('Unor', 'PetaJabatan') AND a.at >= $3 GROUP BY 1`,
          [`${BENCH_PREFIX}%`, plans.map((p) => p.username), since],
        )
      ).rows.map((r) => [r.action, r.n]),
    );
    const count = (k: Acked["kind"]) => acked.filter((a) => a.kind === k).length;
    const audit = {
      rename: { acknowledged: count("rename"), logged: logged.get("RENAME") ?? 0 },
      place: { acknowledged: count("place"), logged: logged.get("CREATE") ?? 0 },
      kebutuhan: { acknowledged: count("kebutuhan"), logged: logged.get("UPDATE_KEBUTUHAN") ?? 0 },
    };
    return { acknowledged: acked.length, lost, audit };
  } finally {
    await c.end();
  }
}
