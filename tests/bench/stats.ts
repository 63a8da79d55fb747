// Small timing helpers for the benchmark scripts (not for unit tests).
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Runs fn `runs` times after `warmup` runs; returns milliseconds per run. */
export function sample(fn: () => unknown, runs = 30, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(time(fn).ms);
  return out;
}

/** The same for async work; awaiting work that does no I/O adds only a microtask per run. */
export async function sampleAsync(fn: () => Promise<unknown>, runs = 30, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function fmt(ms: number): string {
  return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function report(label: string, samples: number[], target?: number): void {
  const med = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const verdict = target === undefined ? '' : med <= target ? `  ✓ ≤ ${target} ms` : `  ✗ > ${target} ms`;
  console.log(`${label.padEnd(48)} median ${fmt(med).padStart(10)}  p95 ${fmt(p95).padStart(10)}${verdict}`);
}
