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
  /** A fresh body for every request (e.g. distinct names for creates); runs on this thread. */
  nextBody?: () => string;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    connections: options.connections ?? 10,
    duration: options.durationSec ?? 5,
    ...(options.nextBody ? { requests: [{ setupRequest: (request: any) => ({ ...request, body: options.nextBody!() }) }] } : {}),
  });
  return { rps: result.requests.average, p99Ms: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}
