/** Drive an HTTP endpoint with autocannon and report throughput and tail latency. */
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  method?: "GET" | "POST" | "PUT" | "DELETE";
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  durationSec?: number;
  /** Replace `[<id>]` in the body with a fresh id per request (distinct resources per create). */
  uniqueIds?: boolean;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    connections: options.connections ?? 10,
    duration: options.durationSec ?? 5,
    idReplacement: options.uniqueIds ?? false,
    // Load is generated on a worker thread so it does not share the event loop it measures.
    workers: 1,
  });
  return { rps: result.requests.average, p99Ms: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}
