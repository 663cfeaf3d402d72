import { describe, expect, it } from "vitest";
import { needsTouch, predatesPasswordChange, sessionVerdict } from "./session";

const t0 = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const limits = { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 };

describe("session lifetime", () => {
  it("ends after 30 idle minutes", () => {
    const s = { createdAt: t0, lastSeenAt: at(60) };
    expect(sessionVerdict(s, at(89.9), limits)).toBe("valid");
    expect(sessionVerdict(s, at(90), limits)).toBe("idle");
  });

  it("ends 8 hours after sign-in however active", () => {
    const s = { createdAt: t0, lastSeenAt: at(479) };
    expect(sessionVerdict(s, at(479.5), limits)).toBe("valid");
    expect(sessionVerdict(s, at(480), limits)).toBe("expired");
  });

  it("touches lastSeenAt at most once a minute", () => {
    const s = { createdAt: t0, lastSeenAt: at(10) };
    expect(needsTouch(s, at(10.9))).toBe(false);
    expect(needsTouch(s, at(11))).toBe(true);
  });

  it("refuses a session started before the password changed", () => {
    const s = { createdAt: at(5), lastSeenAt: at(5) };
    expect(predatesPasswordChange(s, null)).toBe(false);
    expect(predatesPasswordChange(s, at(4))).toBe(false);
    expect(predatesPasswordChange(s, at(6))).toBe(true);
  });
});
