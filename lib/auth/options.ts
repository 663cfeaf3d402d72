import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret, sessionLimits } from "@/lib/env";
import { isAppError, wrapDbError } from "@/lib/errors";
import { clientAddress } from "@/lib/domain/auth/throttle";
import { signInWithPassword } from "@/lib/services/auth/sign-in-with-password";
import { endSession } from "@/lib/services/auth/end-session";

/**
 * next-auth 4 puts the message of an Error thrown in `authorize` into the `error` that
 * `signIn(..., { redirect: false })` returns: expected refusals reach the login form as they are.
 */
async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) {
  const headers = (req.headers ?? {}) as Record<string, string | undefined>;
  try {
    const { actor, sessionId } = await signInWithPassword(db(), {
      username: credentials?.username,
      password: credentials?.password,
      ip: clientAddress(headers),
      userAgent: headers["user-agent"] ?? null,
    });
    return { id: String(actor.id), name: actor.nama, sid: sessionId };
  } catch (e) {
    const wrapped = wrapDbError(e);
    if (isAppError(wrapped)) throw new Error(wrapped.message);
    console.error("[login]", e);
    throw new Error("Terjadi kesalahan saat masuk. Coba lagi sebentar lagi.");
  }
}

export const authOptions: NextAuthOptions = {
  // A getter: the secret is demanded when a request is served, never while `next build` imports this.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: Math.floor(sessionLimits().maxMs / 1000) },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "SIASN",
      credentials: {
        username: { label: "Nama pengguna", type: "text" },
        password: { label: "Kata sandi", type: "password" },
      },
      authorize: (credentials, req) => authorize(credentials, req),
    }),
  ],
  callbacks: {
    // Only the user id and the server session id travel in the token; role and instansi are re-read per request.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sid: token.sid };
    },
  },
  events: {
    // Under the JWT strategy next-auth hands over the decoded token: end its server session too.
    async signOut({ token }) {
      const userId = Number(token?.sub);
      if (typeof token?.sid === "string" && Number.isInteger(userId)) await endSession(db(), { sessionId: token.sid, userId });
    },
  },
};
