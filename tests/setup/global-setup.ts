import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db-runtime/embedded";
import { migrateDeploy } from "../../lib/db-runtime/migrate";

export const TEMPLATE_DATABASE = "siasn_template";

/**
 * One real PostgreSQL for the whole run (embedded, in a temp dir; or TEST_DATABASE_ADMIN_URL), with a
 * migrated template database that each test file clones (tests/setup/per-file-database.ts).
 */
let server: EmbeddedServer | null = null;
let dataDir: string | null = null;

export async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-test-pg-"));
    fs.chmodSync(dataDir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), ephemeral: true });
    adminUrl = server.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await migrateDeploy(templateUrl.toString());
  project.provide("pgAdminUrl", adminUrl);
}

export async function teardown() {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
