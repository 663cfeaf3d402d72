import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { authenticate } from "./credentials";

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "SIASN",
      credentials: {
        username: { label: "Nama pengguna", type: "text" },
        password: { label: "Kata sandi", type: "password" },
      },
      async authorize(credentials) {
        const actor = await authenticate(db(), credentials);
        if (!actor) return null;
        return { id: String(actor.id), name: actor.nama };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; role and instansi are re-read per request.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
