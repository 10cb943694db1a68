/**
 * Reachability and target kind in one request: GET <base-url>/__cluster-api-contracts-probe.
 * Any HTTP answer means reachable (a network failure is an operator error, exit 2). The kit's
 * fakes and mocks name themselves in an `x-cluster-api-contracts: fake|mock` header; Prism
 * without that header is recognised by its own 404 body (NO_PATH_MATCHED_ERROR). Everything
 * else is a real API. `--target` overrides the detection.
 */
import { OperatorError } from "../spec/operator-error.js";
import type { TargetKind } from "./events.js";
import { describeNetworkError } from "./http-client.js";
import { traitsFor, type TargetTraits } from "./target-kinds.js";

export const TARGET_HEADER = "x-cluster-api-contracts";
export const PROBE_PATH = "/__cluster-api-contracts-probe";

export async function detectTarget(
  baseUrl: string,
  options: { headers?: Record<string, string>; fetch?: typeof fetch; override?: TargetKind; overrideSource?: string } = {},
): Promise<TargetTraits> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(baseUrl.replace(/\/+$/, "") + PROBE_PATH, {
      method: "GET",
      headers: { accept: "application/json", ...(options.headers ?? {}) },
      redirect: "manual",
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new OperatorError("TARGET_UNREACHABLE", `target ${baseUrl} is unreachable (${describeNetworkError(error)})`, "start the API (npm run fake / npm run mock) or check --base-url");
  }
  const text = await response.text().catch(() => "");
  if (options.override) return traitsFor(options.override, options.overrideSource ?? "--target");
  return classifyProbe(response.headers.get(TARGET_HEADER), response.status, text);
}

export function classifyProbe(header: string | null, status: number, text: string): TargetTraits {
  const named = header?.trim().toLowerCase();
  if (named === "fake" || named === "mock") return traitsFor(named, `${TARGET_HEADER} header`);
  if (status === 404 && text.includes("stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR")) return traitsFor("mock", "Prism's 404 answer");
  return traitsFor("real", "no kit header (assumed real; --target overrides)");
}
