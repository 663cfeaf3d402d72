/**
 * HTTP side of the load bench and the outage test: `next start` on a production build, a cookie jar,
 * next-auth credentials login, and server actions called the way the browser calls them. Traffic goes
 * to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function buildDir(): string {
  return path.join(ROOT, process.env.SIASN_NEXT_DIR ?? ".next");
}

/** Fails clearly when there is no production build (the bench and the test do not build themselves). */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(buildDir(), "BUILD_ID"))) {
    throw new Error(`Build produksi tidak ditemukan (${path.relative(ROOT, buildDir())}/BUILD_ID). Jalankan \`npx next build\` dahulu.`);
  }
}

/** Action id of an exported server action, read from the build's server-reference manifest. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir(), "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`Server action ${exportedName} (${file}) tidak ada di build; build ulang.`);
  return found[0];
}

export interface WebServer {
  base: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** `next start` against a database; resolves once /api/health has answered at all (any status). */
export async function startNext(opts: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<WebServer> {
  const base = `http://127.0.0.1:${opts.port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(opts.port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "beban-secret",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (c: Buffer) => (out = (out + c.toString()).slice(-200_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start berhenti (kode ${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`next start tidak menjawab dalam 90 detik:\n${out}`);
    try {
      await fetch(`${base}/api/health`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** One signed-in browser: its cookies, kept from Set-Cookie (names are not assumed). */
export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await fetch(this.base + pathname, { ...init, headers, redirect: "manual", signal: init.signal ?? AbortSignal.timeout(30_000) });
    this.remember(res);
    return res;
  }

  /** next-auth credentials sign-in as the login form does it (csrf token, then the callback). */
  async login(username: string, password: string): Promise<void> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, username, password, callbackUrl: this.base, json: "true" }),
    });
    await res.arrayBuffer();
    const session = (await (await this.fetch("/api/auth/session")).json()) as { userId?: string };
    if (!session.userId) throw new Error(`Login ${username} gagal (status ${res.status}).`);
  }

  /**
   * A server action as React's client calls it: POST to the page's URL with the Next-Action header and
   * the arguments as a JSON array in a text/plain body. The answer is an RSC stream whose row 1 holds
   * the action's return value (an ActionResult here).
   */
  async action<T>(pagePath: string, id: string, args: unknown[], routerStateTree?: unknown): Promise<{ status: number; result: T | null; body: string }> {
    const res = await this.fetch(pagePath, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": id,
        origin: this.base,
        // The client's router tree: Next renders only what the revalidation changed below it.
        ...(routerStateTree ? { "next-router-state-tree": encodeURIComponent(JSON.stringify(routerStateTree)) } : {}),
      },
      body: JSON.stringify(args),
    });
    const body = await res.text();
    return { status: res.status, result: parseActionResult<T>(body), body };
  }
}

/**
 * The router state tree Chromium sends (header `Next-Router-State-Tree`, recorded from Next 16.4 on the
 * unor page) for /instansi/<id>/unor.
 */
export function unorRouterStateTree(instansiId: number): unknown {
  const leaf = (segment: unknown, children: unknown, flag = 0) => [segment, children, null, null, flag];
  return leaf(
    "",
    { children: leaf("(app)", { children: leaf("instansi", { children: leaf(["instansiId", String(instansiId), "d", null], { children: leaf("unor", { children: leaf("__PAGE__", {}) }) }) }) }) },
    16,
  );
}

/** Row 1 of a flight response (`1:{...}`), which is the action's return value; null when absent. */
export function parseActionResult<T>(body: string): T | null {
  for (const line of body.split("\n")) {
    if (line.startsWith("1:")) {
      try {
        return JSON.parse(line.slice(2)) as T;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
