import { describe, expect, it } from "vitest";
import { canManageAturan, canRecomputeAbk, canReplicateFrom, isSystemActor, SYSTEM_ACTOR, type Actor } from "./permissions";

const actor = (role: Actor["role"], instansiId: number | null = null): Actor => ({ id: 1, username: "u", nama: "U", role, instansiId });

describe("the scripts' system actor", () => {
  it("is recognised by identity only: an equal-looking object is not the system", () => {
    expect(isSystemActor(SYSTEM_ACTOR)).toBe(true);
    expect(isSystemActor({ kind: "system", nama: SYSTEM_ACTOR.nama })).toBe(false);
    expect(Object.isFrozen(SYSTEM_ACTOR)).toBe(true);
  });

  it("may recompute ABK like an administrator; no other role may", () => {
    expect(canRecomputeAbk(SYSTEM_ACTOR)).toBe(true);
    expect(canRecomputeAbk(actor("ADMIN"))).toBe(true);
    for (const role of ["OPERATOR", "VERIFIKATOR", "PIMPINAN"] as const) expect(canRecomputeAbk(actor(role, 7))).toBe(false);
    expect(canManageAturan(actor("ADMIN"))).toBe(true);
    expect(canManageAturan(actor("VERIFIKATOR"))).toBe(false);
  });
});

describe("canReplicateFrom", () => {
  it("lets an editor of the target copy from an active unit of any instansi", () => {
    expect(canReplicateFrom(actor("OPERATOR", 7), { aktif: true }, 7)).toBe(true);
    expect(canReplicateFrom(actor("ADMIN"), { aktif: true }, 7)).toBe(true);
  });

  it("refuses an inactive source, and an actor who may not edit the target", () => {
    expect(canReplicateFrom(actor("OPERATOR", 7), { aktif: false }, 7)).toBe(false);
    expect(canReplicateFrom(actor("OPERATOR", 7), { aktif: true }, 8)).toBe(false);
    expect(canReplicateFrom(actor("VERIFIKATOR"), { aktif: true }, 7)).toBe(false);
  });
});
