import { afterEach, vi } from "vitest";

/** An unexpected console.error is a failure; a test that expects one mocks it itself. */
const errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  if (vi.isMockFunction(console.error)) return;
  const seen = errors.splice(0);
  if (seen.length) throw new Error(`console.error dipanggil ${seen.length}x: ${String(seen[0][0])}`);
});
