import { describe, expect, it } from "vitest";
import { AppError, DB_UNAVAILABLE_MESSAGE, isDbUnavailable, unavailableMessage, wrapDbError } from "./errors";

/** Shapes recorded from @prisma/adapter-pg 6.19 and pg 8 against a stopped / restarted PostgreSQL 17. */
const refusedAtConnect = Object.assign(new Error("Can't reach database server at 127.0.0.1:55871"), {
  name: "PrismaClientKnownRequestError",
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 55871 } } },
});
const rawQueryRefused = Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server`"), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
});
const terminatedByRestart = Object.assign(new Error("Raw query failed. Code: `57P01`."), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { originalCode: "57P01", kind: "postgres", code: "57P01", severity: "FATAL" } } },
});

describe("wrapDbError: lost connections", () => {
  it.each([
    ["ECONNREFUSED at connect (P1001 / DatabaseNotReachable)", refusedAtConnect],
    ["a raw query while the server is down (P2010 / DatabaseNotReachable)", rawQueryRefused],
    ["a pooled connection killed by a restart (57P01)", terminatedByRestart],
    ["pg's socket dying mid-query", new Error("Connection terminated unexpectedly")],
    ["a new connection that cannot be made in time", new Error("Connection terminated due to connection timeout")],
    ["a crash restart (57P02)", Object.assign(new Error("crash shutdown"), { code: "57P02" })],
    ["no connection slots left (53300)", Object.assign(new Error("too many clients"), { code: "53300" })],
  ])("%s → UNAVAILABLE with the Indonesian notice", (_label, thrown) => {
    const mapped = wrapDbError(thrown);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe("UNAVAILABLE");
    expect((mapped as AppError).message).toBe("Basis data sedang tidak dapat dihubungi, coba lagi sebentar lagi.");
    expect(isDbUnavailable(thrown)).toBe(true);
  });

  it.each([
    ["pg-pool's queue wait running out (every connection busy)", new Error("timeout exceeded when trying to connect")],
    ["Prisma unable to start a transaction within maxWait (P2028)", Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" })],
  ])("%s → UNAVAILABLE saying the server is busy, not down", (_label, thrown) => {
    const mapped = wrapDbError(thrown) as AppError;
    expect(mapped.code).toBe("UNAVAILABLE");
    expect(mapped.message).toBe("Server sedang sibuk melayani banyak permintaan, coba lagi sebentar lagi.");
    expect(unavailableMessage(thrown)).toBe("Server sedang sibuk melayani banyak permintaan, coba lagi sebentar lagi.");
  });

  it("leaves other failures alone: a syntax error is not an outage", () => {
    const syntax = Object.assign(new Error("syntax error"), { code: "P2010", meta: { driverAdapterError: { cause: { code: "42601" } } } });
    expect(wrapDbError(syntax)).toBe(syntax);
    expect(isDbUnavailable(syntax)).toBe(false);
    expect(unavailableMessage(syntax)).toBeNull();
    expect(isDbUnavailable(new AppError("CONFLICT", "x"))).toBe(false);
  });

  it("keeps an existing UNAVAILABLE AppError as is", () => {
    const e = new AppError("UNAVAILABLE", DB_UNAVAILABLE_MESSAGE);
    expect(wrapDbError(e)).toBe(e);
    expect(isDbUnavailable(e)).toBe(true);
  });
});
