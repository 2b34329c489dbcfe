/** Median and 95th percentile of a sample, in the sample's units. */
export function summarize(samples: readonly number[]): {
  median: number;
  p95: number;
  mean: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { median: at(0.5), p95: at(0.95), mean };
}
