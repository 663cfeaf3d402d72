import { afterEach, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import path from "node:path";
import { decode } from "next-auth/jwt";
import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { authOptions } from "@/lib/auth/options";
import { makeUser } from "../factories";

// The core handler the route handler wraps (that wrapper needs a Next request scope). The package's
// exports map hides it, hence the file path.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (p: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<{ status?: number; redirect?: string; body?: unknown; cookies?: Cookie[] }>;
};

/** next-auth's own handler behind a given public URL. */
const originalUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = originalUrl;
});

type Cookie = { name: string; value: string; options: Record<string, unknown> };

async function signIn(baseUrl: string, username: string, password: string) {
  process.env.NEXTAUTH_URL = baseUrl;
  const headers = { host: new URL(baseUrl).host, "x-forwarded-for": "192.0.2.50", "user-agent": "vitest" };
  const csrf = await AuthHandler({ req: { method: "GET", action: "csrf", headers, cookies: {}, query: {}, body: {} }, options: authOptions });
  const csrfCookie = (csrf.cookies as Cookie[]).find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  const res = await AuthHandler({
    req: {
      method: "POST",
      action: "callback",
      providerId: "credentials",
      headers,
      cookies: { [csrfCookie.name]: csrfCookie.value },
      query: {},
      body: { username, password, csrfToken: (csrf.body as { csrfToken: string }).csrfToken },
    },
    options: authOptions,
  });
  return { res, cookies: (res.cookies ?? []) as Cookie[], csrfCookie, csrfToken: (csrf.body as { csrfToken: string }).csrfToken, headers };
}

describe("session cookie", () => {
  it("is __Secure-, Secure, httpOnly and SameSite=Lax behind https, and names a server session", async () => {
    const u = await makeUser("VERIFIKATOR");
    const { cookies } = await signIn("https://siasn.example.go.id", u.username, u.password);
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    // The token carries only the user id and the session id; the row was written with ip and user agent.
    const token = await decode({ token: session!.value, secret: authSecret() });
    expect(token).toMatchObject({ sub: String(u.id), sid: expect.any(String) });
    expect(Object.keys(token!).sort()).toEqual(["exp", "iat", "jti", "name", "sid", "sub"]);
    expect(await db().userSession.findUnique({ where: { id: token!.sid as string } })).toMatchObject({ userId: u.id, ip: "192.0.2.50", userAgent: "vitest" });
  });

  it("is httpOnly and SameSite=Lax without Secure over plain http", async () => {
    const u = await makeUser("PIMPINAN");
    const { cookies } = await signIn("http://localhost:3000", u.username, u.password);
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.name).toBe("next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("hands the Indonesian refusal to the form and sets no session cookie", async () => {
    const u = await makeUser("PIMPINAN");
    const { res, cookies } = await signIn("http://localhost:3000", u.username, "salah");
    expect(res.status).toBe(401);
    expect(new URL(res.redirect!).searchParams.get("error")).toBe("Nama pengguna atau kata sandi salah.");
    expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
  });

  it("signing out through next-auth deletes the server session", async () => {
    const u = await makeUser("VERIFIKATOR");
    const { cookies, csrfCookie, csrfToken, headers } = await signIn("http://localhost:3000", u.username, u.password);
    const session = cookies.find((c) => c.name === "next-auth.session-token")!;
    const sid = (await decode({ token: session.value, secret: authSecret() }))!.sid as string;
    expect(await db().userSession.count({ where: { id: sid } })).toBe(1);
    await AuthHandler({
      req: {
        method: "POST",
        action: "signout",
        headers,
        cookies: { [csrfCookie.name]: csrfCookie.value, [session.name]: session.value },
        query: {},
        body: { csrfToken },
      },
      options: authOptions,
    });
    expect(await db().userSession.count({ where: { id: sid } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "Login", action: "LOGOUT", entityId: u.username } })).toBe(1);
  });
});
