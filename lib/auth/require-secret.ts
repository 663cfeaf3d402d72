import { authSecret } from "@/lib/env";

/** At server start: without a session secret a production server stops with a clear message. */
export function requireAuthSecretOrExit(): void {
  try {
    authSecret();
  } catch (e) {
    console.error(`[siasn] ${(e as Error).message}`);
    process.exit(1);
  }
}
