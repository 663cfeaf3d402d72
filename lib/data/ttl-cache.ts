import { getEnv } from "@/lib/env";

/**
 * A small in-process cache for national reads that sum every recap row. The product promises that an
 * edit shows in national figures within 60 seconds; caching them for SIASN_REKAP_NASIONAL_TTL_MS
 * (default 30 s; tests and benchmarks set 0) keeps a busy dashboard off those sums.
 */
const entries = new Map<string, { at: number; value: Promise<unknown> }>();


export function cachedNational<T>(key: string, load: () => Promise<T>): Promise<T> {
  const ttl = getEnv().SIASN_REKAP_NASIONAL_TTL_MS;
  if (ttl === 0) return load();
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < ttl) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { at: now, value });
  value.catch(() => entries.delete(key)); // a failed load is not cached
  return value;
}
