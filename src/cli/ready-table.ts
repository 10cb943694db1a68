/** The table a server command prints once, and the wait until every server answers. */

export interface ServedApi {
  id: string;
  url: string;
  spec: string;
  operationCount: number;
}

export function formatReadyTable(rows: ServedApi[]): string {
  const header = ["API", "base URL", "spec", "operations"];
  const cells = rows.map((r) => [r.id, r.url, r.spec, String(r.operationCount)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

/** Resolve once every URL answers any HTTP status; reject after `timeoutMs`. */
export async function waitUntilAnswering(urls: string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await Promise.all(
    urls.map(async (url) => {
      for (;;) {
        try {
          const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
          await response.arrayBuffer();
          return;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
          await new Promise((r) => setTimeout(r, 25));
        }
      }
    }),
  );
}

export interface ServerSet {
  /** "mock" or "fake": names the command in the lines it prints. */
  kind: string;
  rows: ServedApi[];
  close(): Promise<void>;
}

/**
 * Stop every server on SIGINT or SIGTERM (exit 0), wait until each answers, then print the
 * ready table and one `ready:` line.
 */
export async function announceWhenReady(set: ServerSet, startedAt: number, note = ""): Promise<void> {
  const stop = async (signal: string) => {
    process.stdout.write(`${set.kind}: ${signal} received, stopping ${set.rows.length} ${set.kind}(s)\n`);
    await set.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await waitUntilAnswering(set.rows.map((r) => r.url));
  console.log(formatReadyTable(set.rows));
  console.log(`ready: ${set.rows.length} ${set.kind}(s) answering after ${Math.round(performance.now() - startedAt)} ms${note} (Ctrl-C to stop)`);
}
