import { expect, test } from "vitest";
import type { RunEvent } from "../conform/events.js";
import { ConsoleReporter } from "./console-reporter.js";
import { createOutput } from "./output.js";

const exchange: RunEvent = { type: "exchange", caseId: "c", kind: "positive", operationId: "op", method: "GET", path: "/", status: 200, durationMs: 1 };

function reporter(tty?: (text: string) => void) {
  let printed = "";
  let now = 0;
  const out = createOutput(["s3cret-value"], { stdout: (t) => void (printed += t) });
  const r = new ConsoleReporter(out, { now: () => now, tty });
  return { r, advance: (ms: number) => (now += ms), printed: () => printed };
}

test("off a terminal: at most one progress line every 5 s", () => {
  const { r, advance, printed } = reporter();
  for (let i = 0; i < 60; i++) {
    advance(1000); // one answer a second for a minute (a slow polling workflow)
    r.onEvent(exchange);
  }
  const lines = printed().split("\n").filter((l) => l.startsWith("  ... "));
  expect(lines.length).toBe(12);
});

test("on a terminal: one line rewritten in place, cleared before other output", () => {
  const writes: string[] = [];
  const { r, printed } = reporter((t) => void writes.push(t));
  for (let i = 0; i < 20; i++) r.onEvent(exchange);
  expect(writes.length).toBe(20);
  expect(writes.every((w) => w.startsWith("\r\x1b[2K"))).toBe(true);
  expect(printed()).toBe("");
  r.onEvent({ type: "workflow", workflowId: "w", outcome: "passed", steps: 1, requests: 1, durationMs: 1 });
  expect(writes.at(-1)).toBe("\r\x1b[2K");
});
