import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { errorResponse } from "./error-response";

// The statuses the API promises, written out here so the table in lib/errors.ts is checked, not echoed.
const EXPECTED: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  TOO_MANY: 429,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

describe("errorResponse", () => {
  it("answers every AppError code with its own status and message", async () => {
    for (const [code, status] of Object.entries(EXPECTED) as [AppErrorCode, number][]) {
      const res = errorResponse(new AppError(code, `Pesan ${code}.`, { nama: ["Salah."] }), "uji");
      expect([code, res.status]).toEqual([code, status]);
      expect(await res.json()).toEqual({ error: `Pesan ${code}.`, fieldErrors: { nama: ["Salah."] } });
    }
  });

  it("carries a refused file's problems (by row and column) beside the message", async () => {
    const refused = Object.assign(new AppError("INVALID", "File tidak dapat diimpor: 1 masalah ditemukan."), { masalah: [{ row: 3, column: "A", message: "NPSN harus 8 digit." }] });
    const res = errorResponse(refused, "uji");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "File tidak dapat diimpor: 1 masalah ditemukan.", fieldErrors: {}, masalah: [{ row: 3, column: "A", message: "NPSN harus 8 digit." }] });
  });

  it("maps database failures: unique violation 409, missing row 404, lost connection 503", async () => {
    const unique = errorResponse(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }), "uji");
    expect(unique.status).toBe(409);
    expect((await unique.json()).error).toBe("Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang, lalu periksa kembali.");
    expect(errorResponse(Object.assign(new Error("serialization"), { cause: { code: "40001" } }), "uji").status).toBe(409);
    expect(errorResponse(Object.assign(new Error("not found"), { code: "P2025" }), "uji").status).toBe(404);
    expect(errorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), "uji").status).toBe(503);
  });

  it("answers a service's own zod refusal with 400 and the field messages", async () => {
    const err = z.object({ nama: z.string().min(3, "Nama minimal 3 karakter.") }).safeParse({ nama: "x" }).error!;
    const res = errorResponse(err, "uji");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "Data tidak valid. Periksa kembali isian yang ditandai.", fieldErrors: { nama: ["Nama minimal 3 karakter."] } });
  });

  it("answers anything else with 500 and a request id that is also in the server log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new TypeError("x is undefined");
    const res = errorResponse(boom, "v1/uji");
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error).toBe(`Terjadi kesalahan pada server (kode ${body.requestId}). Silakan coba lagi.`);
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
    expect(log).toHaveBeenCalledWith(`[v1/uji ${body.requestId}]`, boom);
    log.mockRestore();
  });
});

describe("every route handler under app/api answers errors through errorResponse", () => {
  const apiDir = path.join(import.meta.dirname, "../../app/api");
  const routes = (fs.readdirSync(apiDir, { recursive: true }) as string[]).filter((f) => /(^|\/)route\.ts$/.test(f));

  it("finds the handlers, and each one catches with errorResponse (next-auth answers for itself)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(3);
    const missing = routes
      .filter((f) => !f.startsWith("auth/"))
      .filter((f) => !/catch \(e\) \{\s*return errorResponse\(e, "/.test(fs.readFileSync(path.join(apiDir, f), "utf8")));
    expect(missing).toEqual([]);
  });
});
