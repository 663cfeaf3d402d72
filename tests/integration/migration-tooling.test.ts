import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

async function databases(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname);
  } finally {
    await c.end();
  }
}

async function newMigration(migrationsDir: string) {
  return exec(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-migration.ts", "uji"], {
    cwd: root,
    env: { ...process.env, SIASN_MIGRATIONS_DIR: migrationsDir },
    timeout: 120_000,
  });
}

/**
 * Exercises the Prisma 6.19 adapter workarounds (lib/db-runtime/prisma-adapter.ts) against a real
 * server: the WASM schema engine reads catalog `name`/`"char"` columns and uses a shadow database.
 */
describe("creating a migration with the WASM schema engine", () => {
  it("writes the whole schema from an empty history, in a shadow database it drops afterwards", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-mig-"));
    fs.copyFileSync(path.join(root, "prisma/migrations/migration_lock.toml"), path.join(dir, "migration_lock.toml"));
    const before = await databases(process.env.DATABASE_URL!);
    const { stdout } = await newMigration(dir);
    expect(stdout).toContain("Migrasi baru");
    const created = fs.readdirSync(dir).filter((d) => d.endsWith("_uji"));
    expect(created).toHaveLength(1);
    const sql = fs.readFileSync(path.join(dir, created[0], "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Unor"');
    expect(sql).toContain('CREATE INDEX "Unor_path_idx" ON "Unor" USING GIN ("path")');
    expect(await databases(process.env.DATABASE_URL!)).toEqual(before); // no shadow database left behind
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("finds nothing to add when the committed migrations match the schema", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-mig-"));
    fs.cpSync(path.join(root, "prisma/migrations"), dir, { recursive: true });
    const { stdout } = await newMigration(dir);
    expect(stdout).toContain("Tidak ada perubahan skema");
    expect(fs.readdirSync(dir).sort()).toEqual(fs.readdirSync(path.join(root, "prisma/migrations")).sort());
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("migrateDeploy (in-process)", () => {
  it("applies pending migrations once, in Prisma's bookkeeping, so the Prisma CLI agrees", async () => {
    const { migrateDeploy } = await import("@/lib/db-runtime/migrate");
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const fresh = `${process.env.TEST_DATABASE_NAME}_fresh`;
    await admin.query(`CREATE DATABASE ${fresh}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${fresh}`;
    const first = await migrateDeploy(url.toString());
    expect(first).toEqual(fs.readdirSync(path.join(root, "prisma/migrations")).filter((n) => !n.endsWith(".toml")).sort());
    expect(await migrateDeploy(url.toString())).toEqual([]);
    const { stdout } = await exec(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "status"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString(), CHECKPOINT_DISABLE: "1" },
      timeout: 60_000,
    });
    expect(stdout).toContain("Database schema is up to date");
  }, 120_000);

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const { migrateDeploy } = await import("@/lib/db-runtime/migrate");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siasn-mig-"));
    fs.cpSync(path.join(root, "prisma/migrations"), dir, { recursive: true });
    const init = fs.readdirSync(dir).find((n) => n.endsWith("_init"))!;
    fs.appendFileSync(path.join(dir, init, "migration.sql"), "\n-- diedit\n");
    await expect(migrateDeploy(process.env.DATABASE_URL!, dir)).rejects.toThrow(/diubah sesudahnya/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
