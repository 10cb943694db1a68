/** Run tasks with at most `workers` in flight; stop taking new ones once the signal aborts. */
export async function runPool<T>(items: readonly T[], workers: number, task: (item: T) => Promise<void>, signal?: AbortSignal): Promise<T[]> {
  const notStarted: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      if (signal?.aborted) {
        notStarted.push(item);
        continue;
      }
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
  return notStarted;
}

/**
 * Run tasks on items pulled one at a time from `next` (undefined: nothing more), with at most
 * `workers` in flight. `next` may wait (for work that is still on its way).
 */
export async function runPulled<T>(next: () => Promise<T | undefined>, workers: number, task: (item: T) => Promise<void>): Promise<void> {
  const worker = async () => {
    for (let item = await next(); item !== undefined; item = await next()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
}
