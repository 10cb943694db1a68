/**
 * Serve a folder of recordings: a request whose method, path and query match a recorded one
 * (after the same masking the recordings went through) gets the recorded status, headers and
 * body. Several recordings of the same call are answered in recorded order, the last one
 * repeating (a poll that saw RUNNING, then STABLE, replays the same way); among them one whose
 * request body equals the incoming body is preferred. Everything else is not handled here.
 */
import { readdir, readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { OperatorError } from "../spec/operator-error.js";
import type { RecordedExchange } from "../evidence/manifest.js";
import type { ExchangeMasker } from "../evidence/mask-exchange.js";

interface Recording {
  file: string;
  exchange: RecordedExchange;
}

export interface ReplayStage {
  dir: string;
  size: number;
  /** Answer from the recordings; resolves with the file used, or undefined when none matches. */
  answer(method: string, pathname: string, query: Record<string, string | string[]>, body: unknown, res: ServerResponse): string | undefined;
}

/** Headers that describe the bytes on the wire, recomputed when the body is sent again. */
const NOT_REPLAYED = new Set(["content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"]);

export async function loadReplayStage(dir: string, masker: ExchangeMasker): Promise<ReplayStage> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    throw new OperatorError("FILE_UNWRITABLE", `cannot read recordings in ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const byKey = new Map<string, { recordings: Recording[]; served: Set<Recording> }>();
  for (const file of names) {
    let exchange: RecordedExchange;
    try {
      exchange = JSON.parse(await readFile(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new OperatorError("MANIFEST_INVALID", `recording ${path.join(dir, file)} is not JSON: ${(error as Error).message.split("\n")[0]}`);
    }
    if (typeof exchange?.request?.method !== "string" || typeof exchange.request.path !== "string" || !Number.isInteger(exchange.response?.status)) {
      throw new OperatorError("MANIFEST_INVALID", `recording ${path.join(dir, file)} is not a recorded exchange (request.method, request.path, response.status)`);
    }
    const key = keyOf(exchange.request.method, exchange.request.path, exchange.request.query ?? {});
    const slot = byKey.get(key) ?? { recordings: [], served: new Set<Recording>() };
    slot.recordings.push({ file, exchange });
    byKey.set(key, slot);
  }
  return {
    dir,
    size: names.length,
    answer(method, pathname, query, body, res) {
      const masked = masker.maskTarget(pathname, query);
      const slot = byKey.get(keyOf(method, masked.path, masked.query));
      if (!slot) return undefined;
      const unserved = slot.recordings.filter((r) => !slot.served.has(r));
      const pick =
        unserved.find((r) => body !== undefined && isDeepStrictEqual(r.exchange.request.body, body)) ?? unserved[0] ?? slot.recordings[slot.recordings.length - 1]!;
      slot.served.add(pick);
      sendRecorded(res, pick.exchange.response);
      return pick.file;
    },
  };
}

function sendRecorded(res: ServerResponse, response: RecordedExchange["response"]): void {
  const headers: Array<[string, string | string[]]> = Object.entries(response.headers ?? {}).filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase()));
  const body = response.body === undefined ? undefined : typeof response.body === "string" ? response.body : JSON.stringify(response.body);
  res.writeHead(response.status, Object.fromEntries(headers));
  res.end(body);
}

function keyOf(method: string, pathname: string, query: Record<string, string | string[]>): string {
  const pairs = Object.entries(query)
    .flatMap(([k, v]) => [v].flat().map((item) => `${encodeURIComponent(k)}=${encodeURIComponent(item)}`))
    .sort();
  return `${method.toUpperCase()} ${pathname}?${pairs.join("&")}`;
}
