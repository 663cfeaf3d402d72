/**
 * The server Playwright tests run against: a throwaway embedded PostgreSQL, migrated and loaded with
 * the demo data, and `next start` (the build must exist: `npm test` builds it first).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "../../lib/db-runtime/embedded";
import { migrateDeploy } from "../../lib/db-runtime/migrate";
import { seedDemoIfEmpty } from "../../lib/db-runtime/first-run";
import { e2eDatabaseUrlFile } from "./db";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-e2e-"));
fs.chmodSync(dataDir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), ephemeral: true });
await ensureDatabase(server.adminUrl, "siasn");
const url = server.urlFor("siasn");
await migrateDeploy(url);
await seedDemoIfEmpty(url);
// Tests that need their own rows (a user to lock out, say) find this server's database here.
const urlFile = e2eDatabaseUrlFile(port);
fs.writeFileSync(urlFile, url, { mode: 0o600 });

const web = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret",
  },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  web.kill("SIGTERM");
  await server.stop();
  fs.rmSync(urlFile, { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
web.on("exit", () => void stop());
