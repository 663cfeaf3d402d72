import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` guards the Next bundle; integration tests call the same modules from Node.
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file-database.ts", "tests/setup/fail-on-console-error.ts"],
    pool: "forks",
    // National figures are cached 30 s in the app; tests read them right after each change.
    env: { SIASN_REKAP_NASIONAL_TTL_MS: "0" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
