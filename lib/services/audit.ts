import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  entity: string;
  entityId: string | number;
  action: string;
  instansiId?: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const toJson = (v: unknown): Prisma.InputJsonValue | undefined =>
  v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

/** Writes one audit entry inside the caller's transaction: the change and its record commit together. */
export async function writeAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: actor?.id ?? null,
      instansiId: entry.instansiId ?? null,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
    },
  });
}
