import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/auth/security-headers";

/**
 * Two jobs: security headers on every response (pages, login, API), and a redirect of anonymous
 * visitors to the login page. Authorisation is not decided here: every page, action and route
 * re-checks the actor (and its server session) from the database.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// The login page, the API (each route authorises itself) and the files in public/.
const PUBLIC = /^\/((login|api)(\/|$)|(robots\.txt|favicon\.(ico|svg)|logo\.svg)$)/;

function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ||
    (getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false)
  );
}

export function proxy(request: NextRequest) {
  const https = isHttps(request);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: getEnv().NODE_ENV === "development", https });

  let response: NextResponse;
  const anonymous = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (anonymous && !PUBLIC.test(request.nextUrl.pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    response = NextResponse.redirect(url);
  } else {
    // Next takes the nonce for its own scripts from the CSP header of the request.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
