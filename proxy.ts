import { NextResponse, type NextRequest } from "next/server";

/**
 * Only redirects anonymous visitors to the login page. Authorisation is not decided here: every page,
 * action and route re-checks the actor from the database.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!login|api/|_next/|favicon.ico|favicon.svg|logo.svg|robots.txt).*)"],
};
