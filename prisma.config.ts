import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigrationAdapterFactory } from "./lib/db-runtime/prisma-adapter";
import { requireDatabaseUrl } from "./lib/env";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new MigrationAdapterFactory(requireDatabaseUrl()),
});
