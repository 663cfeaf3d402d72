import { describe, expect, it } from "vitest";
import { canEditInstansi, canListAllInstansi, canReadInstansi, canReadNationalDashboard, canVerifyUsulan, landingPath, type Actor } from "./permissions";

const actor = (role: Actor["role"], instansiId: number | null = null): Actor => ({ id: 1, username: "u", nama: "U", role, instansiId });

describe("role rules", () => {
  it("binds an operator to their own instansi for reading and editing", () => {
    const op = actor("OPERATOR", 7);
    expect(canReadInstansi(op, 7)).toBe(true);
    expect(canReadInstansi(op, 8)).toBe(false);
    expect(canEditInstansi(op, 7)).toBe(true);
    expect(canEditInstansi(op, 8)).toBe(false);
    expect(canListAllInstansi(op)).toBe(false);
    expect(canReadNationalDashboard(op)).toBe(false);
  });

  it("lets BKN roles read every instansi but not edit its peta jabatan", () => {
    for (const role of ["VERIFIKATOR", "PIMPINAN"] as const) {
      expect(canReadInstansi(actor(role), 8)).toBe(true);
      expect(canEditInstansi(actor(role), 8)).toBe(false);
      expect(canListAllInstansi(actor(role))).toBe(true);
    }
    expect(canVerifyUsulan(actor("VERIFIKATOR"))).toBe(true);
    expect(canVerifyUsulan(actor("PIMPINAN"))).toBe(false);
    expect(canEditInstansi(actor("ADMIN"), 8)).toBe(true);
  });

  it("lands each role on its own page", () => {
    expect(landingPath(actor("OPERATOR", 7))).toBe("/instansi/7/unor");
    expect(landingPath(actor("VERIFIKATOR"))).toBe("/instansi");
    expect(landingPath(actor("PIMPINAN"))).toBe("/dashboard");
  });
});
