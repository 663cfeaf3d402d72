import { describe, expect, it } from "vitest";
import { afterFailure, clientAddress, ipKey, lockedUntil, lockMessage, minutesLeft, USER_POLICY, userKey, type ThrottleCounter } from "./throttle";

const t0 = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: ThrottleCounter | null = null, stepMinutes = 1): ThrottleCounter | null {
  let c = start;
  for (let i = 0; i < times; i++) c = afterFailure(c, at(i * stepMinutes), USER_POLICY);
  return c;
}

describe("login throttle rule", () => {
  it("locks on the fifth failure within 15 minutes, for 15 minutes from that failure", () => {
    const four = fail(4)!;
    expect(four).toEqual({ failures: 4, windowStart: t0, lockedUntil: null });
    expect(lockedUntil(four, at(4))).toBeNull();
    const five = afterFailure(four, at(4), USER_POLICY);
    expect(five).toEqual({ failures: 5, windowStart: t0, lockedUntil: at(19) });
    expect(lockedUntil(five, at(18.99))).toEqual(at(19));
    expect(lockedUntil(five, at(19))).toBeNull();
  });

  it("starts a new window when the first failure is 15 minutes old", () => {
    const four = fail(4, null, 4)!; // failures at 0, 4, 8, 12 minutes
    expect(four.failures).toBe(4);
    expect(afterFailure(four, at(15), USER_POLICY)).toEqual({ failures: 1, windowStart: at(15), lockedUntil: null });
  });

  it("starts afresh after a lock has run out", () => {
    const locked = fail(5)!;
    expect(afterFailure(locked, at(19), USER_POLICY)).toEqual({ failures: 1, windowStart: at(19), lockedUntil: null });
  });

  it("counts minutes left, rounding up, at least one", () => {
    expect(minutesLeft(at(15), t0)).toBe(15);
    expect(minutesLeft(at(14.2), t0)).toBe(15);
    expect(minutesLeft(at(0.01), t0)).toBe(1);
    expect(lockMessage("user", 15)).toBe("Terlalu banyak percobaan masuk. Akun ini dikunci sementara; coba lagi dalam 15 menit.");
  });

  it("keys usernames case-insensitively", () => {
    expect(userKey("  Operator.BKN ")).toBe("user:operator.bkn");
    expect(ipKey("10.0.0.1")).toBe("ip:10.0.0.1");
  });

  it("takes the client address from the first forwarded hop, else x-real-ip, else unknown", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-real-ip": "10.0.0.9" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "10.0.0.9" })).toBe("10.0.0.9");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
