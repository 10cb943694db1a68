/**
 * --teardown-timeout: read from the flag or conform.config.yaml like the other numbers, a bad
 * value is a one-line usage error, the default (10 s) is what --help and --dry-run show.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { isOperatorError } from "../spec/operator-error.js";
import { DEFAULTS } from "../conform/options.js";
import { stallSecondsFor } from "../conform/tear-down.js";
import { createOutput } from "../reporters/output.js";
import { parseConformArgs } from "./conform-args.js";
import { renderHelp } from "./conform-options.js";
import { printSettings } from "./conform-print.js";

const BASE = ["--api", "yarn-service", "--base-url", "http://127.0.0.1:9", "--no-config"];

function settingsText(argv: string[], cwd = process.cwd()): string {
  let text = "";
  printSettings(createOutput([], { stdout: (t) => void (text += t) }), parseConformArgs(argv, {}, cwd));
  return text;
}

function usageError(argv: string[]): string {
  try {
    parseConformArgs(argv, {});
  } catch (error) {
    expect(isOperatorError(error) && error.code, String(error)).toBe("USAGE");
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

test("no flag: the option stays unset and the default of 10 s is shown as the default", () => {
  expect(DEFAULTS.stopCleanupSeconds).toBe(10);
  expect(parseConformArgs(BASE, {}).options.teardownTimeoutSeconds).toBeUndefined();
  expect(settingsText(BASE)).toMatch(/\n  teardown\s+at most 10 s after a stop \(default\)\n/);
  expect(renderHelp()).toMatch(/--teardown-timeout <s>\s+longest teardown after Ctrl-C, the deadline or a lost target \(default 10;/);
});

test.each([
  ["2", 2],
  ["0.5", 0.5],
  ["120", 120],
])("--teardown-timeout %s is %d seconds, shown by --dry-run without (default)", (raw, seconds) => {
  const argv = [...BASE, "--teardown-timeout", raw];
  expect(parseConformArgs(argv, {}).options.teardownTimeoutSeconds).toBe(seconds);
  const text = settingsText(argv);
  expect(text).toMatch(new RegExp(`teardown-timeout\\s+${raw.replace(".", "\\.")}\\s+\\[flag\\]`));
  expect(text).toContain(`teardown             at most ${seconds} s after a stop\n`);
});

test.each(["0", "-1", "soon", "", "Infinity"])("--teardown-timeout %j is a one-line usage error", (raw) => {
  expect(usageError([...BASE, `--teardown-timeout=${raw}`])).toBe(`--teardown-timeout ${raw} is not a number > 0`);
});

test("conform.config.yaml: teardown-timeout is read (per API too) and the flag wins", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "conform-teardown-"));
  writeFileSync(path.join(dir, "conform.config.yaml"), "api: yarn-service\nbase-url: http://127.0.0.1:9\nteardown-timeout: 4\napis:\n  yarn-service: { teardown-timeout: 3 }\n");
  expect(parseConformArgs([], {}, dir).options.teardownTimeoutSeconds).toBe(3);
  expect(settingsText([], dir)).toMatch(/teardown-timeout\s+3\s+\[config apis.yarn-service\]/);
  expect(parseConformArgs(["--teardown-timeout", "1.5"], {}, dir).options.teardownTimeoutSeconds).toBe(1.5);
  writeFileSync(path.join(dir, "conform.config.yaml"), "api: yarn-service\nbase-url: http://127.0.0.1:9\nteardown-timeout: 0\n");
  expect(() => parseConformArgs([], {}, dir)).toThrow("--teardown-timeout 0 is not a number > 0");
});

test("a teardown look-up gives up after half the bound: 5 s by default", () => {
  expect(stallSecondsFor(DEFAULTS.stopCleanupSeconds)).toBe(5);
  expect(stallSecondsFor(2)).toBe(1);
});
