/** Read a request body with a size limit, and parse JSON with a nesting limit. */
import type { IncomingMessage } from "node:http";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: "too-large" | "aborted" };

export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(request.headers["content-length"] ?? "0");
    if (declared > maxBytes) {
      request.resume();
      resolve({ ok: false, reason: "too-large" });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      if (!done) {
        done = true;
        resolve({ ok: true, text: Buffer.concat(chunks).toString("utf8") });
      }
    });
    request.on("error", () => {
      if (!done) {
        done = true;
        resolve({ ok: false, reason: "aborted" });
      }
    });
  });
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonBody(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `malformed JSON: ${(error as Error).message}` };
  }
  if (depthOf(value) > MAX_JSON_DEPTH) {
    return { ok: false, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` };
  }
  return { ok: true, value };
}

/** Nesting depth, computed without recursion so hostile input cannot exhaust the stack. */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > max) max = depth;
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(node as object)) stack.push([child, depth + 1]);
  }
  return max;
}
