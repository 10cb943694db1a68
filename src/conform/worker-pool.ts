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
