import { afterEach, expect, test, vi } from "vitest";
import { DUPLICATE_MS, handleStopSignals } from "./conform-signals.js";

let release: (() => void) | undefined;
afterEach(() => {
  release?.();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

test("the first signal aborts; a duplicate (terminal + npm) counts once; a later one exits 130", () => {
  vi.useFakeTimers({ toFake: ["performance"] });
  const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
  const controller = new AbortController();
  const written: string[] = [];
  release = handleStopSignals(controller, (t) => void written.push(t));
  process.emit("SIGINT", "SIGINT");
  expect(controller.signal.aborted).toBe(true);
  expect((controller.signal.reason as Error).message).toBe("SIGINT");
  process.emit("SIGINT", "SIGINT"); // the same Ctrl-C, forwarded by npm
  expect(exit).not.toHaveBeenCalled();
  vi.advanceTimersByTime(DUPLICATE_MS + 1);
  process.emit("SIGTERM", "SIGTERM");
  expect(exit).toHaveBeenCalledWith(130);
  expect(written.join("")).toMatch(/SIGINT received; stopping[\s\S]*second SIGTERM: quitting now/);
});
