import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "@/lib/services/users/guard";
import { newPasswordProblem, userCreateSchema } from "./user";

describe("account rules", () => {
  it("normalises a username to lower case without surrounding spaces", () => {
    expect(userCreateSchema.parse({ username: "  Operator.Depok_2 ", nama: "Operator", role: "OPERATOR", instansiId: 3 }).username).toBe("operator.depok_2");
  });

  it("names the first broken rule of a chosen password", () => {
    expect(newPasswordProblem("andi", "siasn-demo")).toBe("Kata sandi demo tidak boleh dipakai.");
    expect(newPasswordProblem("andi", "sebelas-kar")).toBe("Kata sandi baru minimal 12 karakter.");
    expect(newPasswordProblem("operator.depok", "Operator.Depok")).toBe("Kata sandi baru tidak boleh sama dengan nama pengguna.");
    expect(newPasswordProblem("andi", "x".repeat(201))).toBe("Kata sandi baru paling panjang 200 karakter.");
    expect(newPasswordProblem("andi", "dua-belas-ok")).toBeNull();
  });

  it("generates 16-character temporary passwords without look-alike signs, all different", () => {
    const many = Array.from({ length: 2000 }, () => generateTemporaryPassword());
    expect(new Set(many).size).toBe(2000);
    for (const p of many) expect(p).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    // Every sign of the 56-sign alphabet turns up over 32,000 draws (no sign is unreachable).
    expect(new Set(many.join("")).size).toBe(56);
  });
});
