export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `fn` for each input sequentially (after a warm-up) and returns p50/p95 in ms. */
export async function measure<T>(name: string, inputs: T[], fn: (input: T) => Promise<unknown>, warmup = 20) {
  for (const input of inputs.slice(0, warmup)) await fn(input);
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    await fn(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}
