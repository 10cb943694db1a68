/**
 * SIGINT / SIGTERM for `conform`: the first signal aborts the run (no new requests; the
 * runner prints "stopping: ..." and tears down within a bounded time, then exits 3); a
 * second one exits at once with 130. A terminal's Ctrl-C under `npm run` reaches the runner
 * twice (from the terminal and forwarded by npm), so signals within DUPLICATE_MS of the first
 * count as one.
 */
export const DUPLICATE_MS = 300;

export function handleStopSignals(controller: AbortController, write: (text: string) => void = (t) => void process.stderr.write(t)): () => void {
  let first: number | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    const now = performance.now();
    if (first === undefined) {
      first = now;
      write(`conform: ${name} received; stopping (send it again to quit at once)\n`);
      controller.abort(new Error(name));
      return;
    }
    if (now - first < DUPLICATE_MS) return;
    write(`conform: second ${name}: quitting now, teardown cut short\n`);
    process.exit(130);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
