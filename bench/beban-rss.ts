import fs from "node:fs";

/** Resident memory (MB) of a process and its descendants, from /proc (Linux). */
function treeRssMb(pid: number, depth = 0): number {
  let kb = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    if (depth < 4) {
      for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
        const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/).map(Number) : []) kb += treeRssMb(child, depth + 1) * 1024;
      }
    }
  } catch {
    // the process (or a child) has just exited
  }
  return kb / 1024;
}

/** Samples the peak every 250 ms until stop(), which returns the peak in MB. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 250);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peak);
    },
  };
}
