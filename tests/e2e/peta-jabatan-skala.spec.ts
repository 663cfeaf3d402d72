import fs from "node:fs";
import pg from "pg";
import { expect, test } from "./fixtures";
import { e2eDatabaseUrlFile, makeE2eUser } from "./db";
import { login } from "./helpers";
import { insertBenchInstansi } from "../../bench/peta-jabatan-data";

/**
 * A measurement, not a check (skipped unless SIASN_BENCH_BROWSER=1): the Peta Jabatan tab of an
 * instansi of 50,000 placed jabatan in Chromium — time from navigation to the first rows, time to
 * open every unit, and frame times while the table scrolls from top to bottom. Run:
 *   SIASN_BENCH_BROWSER=1 npx playwright test tests/e2e/peta-jabatan-skala.spec.ts --reporter=line
 * (after `npx next build`). Prints its figures; the data is the shape bench/peta-jabatan.ts builds.
 */
test.skip(!process.env.SIASN_BENCH_BROWSER, "pengukuran; set SIASN_BENCH_BROWSER=1");
test.setTimeout(300_000);

const CELLS = 50_000;
const KODE = "BENCH-PJ-BROWSER";
const PASSWORD = "Pimpinan-Bench-2026";

async function generate(): Promise<number> {
  const c = new pg.Client({ connectionString: fs.readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8") });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(`SET LOCAL siasn.rekap_off = 'on'`);
    const inst = await insertBenchInstansi(c, KODE, CELLS);
    await c.query(`SELECT rekap_recompute()`);
    await c.query("COMMIT");
    await c.query("ANALYZE");
    return inst;
  } finally {
    await c.end();
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

test("Peta Jabatan tab of 50,000 placed jabatan: first rows, open all, scroll frame times", async ({ page }) => {
  const inst = await generate();
  await login(page, await makeE2eUser("PIMPINAN", PASSWORD), PASSWORD);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  const t0 = Date.now();
  await page.goto(`/instansi/${inst}/peta-jabatan`);
  const grid = page.getByRole("treegrid");
  await expect(grid.locator('[data-kind="unor"]').first()).toBeVisible({ timeout: 60_000 });
  const firstRows = Date.now() - t0;
  const t1 = Date.now();
  await page.getByRole("button", { name: "Buka semua" }).click();
  await expect(grid.locator('[data-kind="jabatan"]').first()).toBeVisible({ timeout: 60_000 });
  const openAll = Date.now() - t1;
  // Scroll top to bottom in 240 steps, one per frame, recording every frame's duration.
  const frames = await page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>(".pj-grid")!;
    const out: number[] = [];
    const steps = 240;
    let last = performance.now();
    for (let i = 1; i <= steps; i++) {
      el.scrollTop = (el.scrollHeight * i) / steps;
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      const now = performance.now();
      out.push(now - last);
      last = now;
    }
    return { out, height: el.scrollHeight, rows: el.querySelectorAll('[role="row"]').length };
  });
  const f = frames.out;
  console.log(
    `[bench] pertama ${firstRows} ms, buka semua ${openAll} ms, gulir ${f.length} bingkai: p50 ${pct(f, 50).toFixed(1)} ms, p95 ${pct(f, 95).toFixed(1)} ms, maks ${Math.max(...f).toFixed(1)} ms, ` +
      `> 50 ms: ${f.filter((x) => x > 50).length}; baris di DOM ${frames.rows}, tinggi ${frames.height} px`,
  );
});
