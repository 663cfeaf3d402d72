import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedNational } from "./ttl-cache";

afterEach(() => {
  process.env.SIASN_REKAP_NASIONAL_TTL_MS = "0";
  vi.useRealTimers();
});

describe("cachedNational", () => {
  it("serves a national figure from memory within the TTL and reloads after it", async () => {
    vi.useFakeTimers();
    process.env.SIASN_REKAP_NASIONAL_TTL_MS = "30000";
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedNational("k1", load)).toBe(1);
    vi.advanceTimersByTime(29_000);
    expect(await cachedNational("k1", load)).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await cachedNational("k1", load)).toBe(2);
  });

  it("never caches with TTL 0, nor a failed load", async () => {
    process.env.SIASN_REKAP_NASIONAL_TTL_MS = "0";
    let loads = 0;
    await cachedNational("k2", async () => ++loads);
    await cachedNational("k2", async () => ++loads);
    expect(loads).toBe(2);
    process.env.SIASN_REKAP_NASIONAL_TTL_MS = "30000";
    await expect(cachedNational("k3", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    await new Promise((r) => setTimeout(r, 0));
    expect(await cachedNational("k3", async () => "ok")).toBe("ok");
  });
});
