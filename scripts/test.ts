/**
 * `npm test`: production build when stale (the start-command and browser tests serve it), then the
 * vitest suite (unit + integration on a real PostgreSQL), then Playwright in Chromium. Ends with one
 * plain line "N passed, N failed" and exits non-zero when anything failed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsStale } from "../lib/db-runtime/build";
import { ensureChromium } from "./ensure-chromium";

const root = path.resolve(import.meta.dirname, "..");
const bin = (p: string) => path.join(root, "node_modules", p);
const results = path.join(root, "reports"); // not test-results/: Playwright empties that folder when it starts
fs.mkdirSync(results, { recursive: true });
const t0 = performance.now();

// Before anything slow: a missing browser is one clear line, not 23 failures at the end.
const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}

function run(label: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return r.status ?? 1;
}

let buildFailed = 0;
if (buildIsStale(root)) buildFailed = run("next build", [bin("next/dist/bin/next"), "build"], { NODE_ENV: "production" });

const vitestJson = path.join(results, "vitest.json");
const e2eJson = path.join(results, "e2e.json");
fs.rmSync(vitestJson, { force: true });
fs.rmSync(e2eJson, { force: true });
const vitestCode = run("vitest", [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const e2eCode = buildFailed ? 1 : run("playwright", [bin("@playwright/test/cli.js"), "test"], { CHROMIUM_PATH: chromium.path });

let passed = 0;
let failed = buildFailed;
if (fs.existsSync(vitestJson)) {
  const v = JSON.parse(fs.readFileSync(vitestJson, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} else if (vitestCode) failed += 1;
if (fs.existsSync(e2eJson)) {
  const e = JSON.parse(fs.readFileSync(e2eJson, "utf8"));
  passed += e.stats.expected;
  failed += e.stats.unexpected + (e.stats.flaky ?? 0);
} else if (e2eCode) failed += 1;
if ((vitestCode || e2eCode) && failed === 0) failed = 1; // a runner failed outside any test (setup, server)

console.log(`\nwaktu uji: ${((performance.now() - t0) / 1000).toFixed(1)} dtk`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
