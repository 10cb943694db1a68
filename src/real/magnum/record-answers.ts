/**
 * Run RECORDING_PLAN against a Magnum (or NKS) endpoint and keep every exchange in the shared
 * recorded-exchange format (status, headers, body; the token written as "***").
 */
import { RECORDING_PLAN, type AuthMode, type PlannedCall } from "./recording-plan.js";

export interface RecordedExchange {
  request: { method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body?: unknown };
  response: { status: number; headers: Record<string, string>; body?: unknown };
  timing: { startedAt: string; durationMs: number };
}

export interface Recording {
  name: string;
  operation: string;
  exchange: RecordedExchange;
}

export interface RecordOptions {
  mode: AuthMode;
  token: string;
  projectId: string;
  /** the microversion sent unless a call overrides it */
  microversion?: string;
  waitTimeoutMs?: number;
}

const MASK = "***";
export const NO_AUTH_USER_ID = "c2a1f0e9d8b74c6a9e5d4c3b2a190807";

export async function recordAnswers(baseUrl: string, options: RecordOptions): Promise<Recording[]> {
  const memory: Record<string, string> = {};
  const recordings: Recording[] = [];
  for (const call of RECORDING_PLAN.filter((c) => c.modes.includes(options.mode))) {
    if (call.waitFor) await waitFor(baseUrl, fill(call.waitFor.path, memory), call.waitFor.status, call.waitFor.settle ?? true, options);
    const exchange = await send(baseUrl, call, memory, options);
    recordings.push({ name: call.name, operation: call.operation, exchange });
    for (const [key, field] of Object.entries(call.remember ?? {})) {
      const value = (exchange.response.body as Record<string, unknown> | undefined)?.[field];
      if (typeof value !== "string") throw new Error(`${call.name}: no "${field}" in the ${exchange.response.status} answer: ${JSON.stringify(exchange.response.body)}`);
      memory[key] = value;
    }
  }
  return recordings;
}

function fill(template: string, memory: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => memory[key] ?? whole);
}

function requestHeaders(call: PlannedCall, options: RecordOptions): Record<string, string> {
  const headers: Record<string, string | null> = {
    Accept: "application/json",
    "OpenStack-API-Version": `container-infra ${options.microversion ?? "1.10"}`,
    "X-Auth-Token": options.token,
    // none mode: the identity headers keystonemiddleware would have set from the token
    ...(options.mode === "none" ? { "X-Project-Id": options.projectId, "X-User-Id": NO_AUTH_USER_ID, "X-Roles": "member" } : {}),
    ...(call.body !== undefined ? { "Content-Type": "application/json" } : {}),
    ...call.headers,
  };
  return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== null));
}

async function send(baseUrl: string, call: PlannedCall, memory: Record<string, string>, options: RecordOptions): Promise<RecordedExchange> {
  const path = fill(call.path, memory);
  const body = call.body === undefined ? undefined : JSON.parse(fill(JSON.stringify(call.body), memory));
  const headers = requestHeaders(call, options);
  const startedAt = new Date();
  const response = await fetch(baseUrl + path, { method: call.method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const durationMs = Date.now() - startedAt.getTime();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    // not JSON: kept as a string
  }
  const masked = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v === options.token ? MASK : v]));
  return {
    request: { method: call.method, path, query: {}, headers: masked, ...(body !== undefined ? { body } : {}) },
    response: { status: response.status, headers: Object.fromEntries(response.headers), ...(parsed !== undefined ? { body: parsed } : {}) },
    timing: { startedAt: startedAt.toISOString(), durationMs },
  };
}

async function waitFor(baseUrl: string, path: string, status: RegExp | "gone", settle: boolean, options: RecordOptions): Promise<void> {
  const deadline = Date.now() + (options.waitTimeoutMs ?? 60_000);
  const headers = requestHeaders({ name: "wait", operation: "", method: "GET", path, modes: [] }, options);
  let last = "";
  // let the conductor pick up the cast that came before, so an old *_COMPLETE does not count
  if (settle) await new Promise((r) => setTimeout(r, 300));
  while (Date.now() < deadline) {
    const response = await fetch(baseUrl + path, { headers });
    const body = (await response.json().catch(() => ({}))) as { status?: string };
    last = `${response.status} ${body.status ?? ""}`;
    if (status === "gone" ? response.status === 404 : response.ok && status.test(body.status ?? "")) return;
    await new Promise((r) => setTimeout(r, settle ? 200 : 50));
  }
  throw new Error(`${path} did not reach ${status} (last: ${last})`);
}
