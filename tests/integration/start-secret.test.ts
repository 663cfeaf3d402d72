import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/db-runtime/embedded";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("production start", () => {
  it("refuses to start without NEXTAUTH_SECRET, saying why", async () => {
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NEXTAUTH_SECRET;
    delete env.NEXT_PHASE;
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], { cwd: root, env: env as NodeJS.ProcessEnv });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGTERM");
        resolve(null);
      }, 60_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(out).toContain("NEXTAUTH_SECRET belum diatur: server produksi tidak dijalankan tanpa kunci sesi.");
    expect(code).toBe(1);
  }, 90_000);
});
