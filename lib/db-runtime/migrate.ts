import { spawn } from "node:child_process";
import path from "node:path";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Runs the Prisma CLI (WASM schema engine through prisma.config.ts) against `databaseUrl`. */
export function runPrisma(args: string[], databaseUrl: string, opts: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const cli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (!opts.quiet) process.stdout.write(out);
        resolve(out);
      } else reject(new Error(`prisma ${args.join(" ")} gagal (kode ${code}):\n${out}\n${err}`));
    });
  });
}

/** Applies the committed migrations (prisma/migrations) to the database. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
}
