import { afterEach, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/env";

const env = process.env as Record<string, string | undefined>;
const saved = { ...env };
afterEach(() => {
  for (const k of ["NEXTAUTH_SECRET", "NODE_ENV", "NEXT_PHASE"]) {
    if (saved[k] === undefined) delete env[k];
    else env[k] = saved[k];
  }
});

function withEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
}

describe("NEXTAUTH_SECRET", () => {
  it("is required by a production server", () => {
    withEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined, NEXT_PHASE: "phase-production-server" });
    expect(() => authSecret()).toThrow("NEXTAUTH_SECRET belum diatur: server produksi tidak dijalankan tanpa kunci sesi.");
  });

  it("is used when given", () => {
    withEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "rahasia-produksi" });
    expect(authSecret()).toBe("rahasia-produksi");
  });

  it("may be absent while `next build` runs and in development", () => {
    withEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined, NEXT_PHASE: "phase-production-build" });
    expect(authSecret()).toBe("siasn-perencanaan-dev-secret-change-me");
    withEnv({ NODE_ENV: "development", NEXT_PHASE: undefined });
    expect(authSecret()).toBe("siasn-perencanaan-dev-secret-change-me");
  });
});
