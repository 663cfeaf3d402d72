/** The units a bagan can start from, in tree order (pure): for the unit picker and the breadcrumb. */

export interface UnitRef {
  id: number;
  parentId: number | null;
  nama: string;
  urutan: number;
}

export interface UnitOption {
  id: number;
  nama: string;
  depth: number;
}

/** Depth-first, siblings by urutan; units whose parent is not among them are left out. */
export function unitOptions(units: readonly UnitRef[]): UnitOption[] {
  const ids = new Set(units.map((u) => u.id));
  const kids = new Map<number | null, UnitRef[]>();
  for (const u of units) {
    const p = u.parentId !== null && ids.has(u.parentId) ? u.parentId : u.parentId === null ? null : undefined;
    if (p === undefined) continue;
    const list = kids.get(p);
    if (list) list.push(u);
    else kids.set(p, [u]);
  }
  for (const list of kids.values()) list.sort((a, b) => a.urutan - b.urutan || a.id - b.id);
  const out: UnitOption[] = [];
  const stack: [UnitRef, number][] = [...(kids.get(null) ?? [])].reverse().map((u) => [u, 0]);
  while (stack.length) {
    const [u, depth] = stack.pop()!;
    out.push({ id: u.id, nama: u.nama, depth });
    for (const c of [...(kids.get(u.id) ?? [])].reverse()) stack.push([c, depth + 1]);
  }
  return out;
}

/** Names from the top unit down to `id` (empty when `id` is unknown). */
export function unitTrail(units: readonly UnitRef[], id: number): { id: number; nama: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const trail: { id: number; nama: string }[] = [];
  let cur = byId.get(id);
  while (cur && trail.length < 100) {
    trail.unshift({ id: cur.id, nama: cur.nama });
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return trail;
}
