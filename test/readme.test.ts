/**
 * Every command in the README works: each `npm run <script>` is a defined script, each flag it
 * passes is one the command's --help lists (the quick commands are run: --help, and conform's
 * lines with --dry-run, all in-process), `npx cluster-api-contracts` lines name a bin command, `curl` lines
 * target a documented port, and the README stays under 300 lines with its sections in order.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { COMMANDS } from "../src/cli/commands.js";
import { runConformCommand } from "../src/cli/conform.js";
import { renderDiffHelp } from "../src/cli/diff.js";
import { renderDocsHelp } from "../src/cli/docs.js";
import { runFake } from "../src/cli/fake.js";
import { runFixturesAdd } from "../src/cli/fixtures-add.js";
import { runMock } from "../src/cli/mock.js";
import { runGenerate } from "../src/generate/run-generate.js";
import { runRealMagnum } from "../src/real/magnum/cli.js";
import { extractCommands } from "./support/readme-examples.js";

const README = path.join(PROJECT_ROOT, "README.md");
const text = readFileSync(README, "utf8");
const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const lines = extractCommands(README).flatMap((c) => c.command.split(/\s*&&\s*/).map((command) => ({ command, line: c.line })));

/**
 * How each quick script's --help is read: in-process through the function the script calls
 * (cheap: the modules are shared with the other test files; each scripts/<name>.ts only calls
 * it, and the script path through tsx is run by the mock, fake and generate CLI tests).
 */
const captureLog = async (run: () => Promise<unknown>) => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
};
const HELP: Record<string, () => Promise<string>> = {
  mock: () => captureLog(() => runMock(["--help"])),
  fake: () => captureLog(() => runFake(["--help"])),
  conform: async () => {
    let out = "";
    expect(await runConformCommand(["--help"], { stdout: (t) => (out += t) })).toBe(0);
    return out;
  },
  generate: async () => {
    let out = "";
    expect(await runGenerate(["--help"], { out: (l) => (out += l) })).toBe(0);
    return out;
  },
  diff: async () => renderDiffHelp(),
  docs: async () => renderDocsHelp(),
  "fixtures:add": () => captureLog(async () => expect(await runFixturesAdd(["--help"])).toBe(0)),
  "real:magnum": () => captureLog(async () => expect(await runRealMagnum(["--help"])).toBe(0)),
};
const DOCUMENTED_PORTS = new Set(["4010", "4011", "4012", "4013", "4020", "4021", "4022", "4023"]);

const npmRuns = lines.flatMap(({ command, line }) => {
  const m = /^npm run ([\w:-]+)(?: -- (.*))?$/.exec(command);
  return m ? [{ script: m[1]!, args: m[2] ?? "", line }] : [];
});

test("the README is under 300 lines, starts with the two set-up commands, then the contents", () => {
  expect(text.split("\n").length).toBeLessThan(300);
  expect(lines.slice(0, 4).map((l) => l.command)).toEqual(["npm ci", "npm run mock", "npm ci", "npm test"]);
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  expect(headings.slice(0, 4)).toEqual(["Contents", "Stub an API", "Verify an endpoint in CI", "Use the types and clients in another project"]);
  for (const command of ["mock", "fake", "conform", "generate", "lint", "diff", "docs", "real:magnum", "test:real", "fixtures:add", "bench"]) {
    expect(text, command).toContain(`\n### ${command}\n`);
  }
});

test("every command line is one the README may show", () => {
  const known = lines.filter(({ command }) => /^(npm (ci|test|run [\w:-]+.*|install .+)|npx cluster-api-contracts .+|curl .+)$/.test(command));
  expect(lines.filter((l) => !known.includes(l)).map((l) => `${l.line}: ${l.command}`)).toEqual([]);
});

test("every npm run names a defined script", () => {
  expect(npmRuns.length).toBeGreaterThan(10);
  expect(npmRuns.filter((r) => !(r.script in manifest.scripts)).map((r) => `${r.line}: npm run ${r.script}`)).toEqual([]);
});

test("every curl line targets a documented mock or fake port", () => {
  const curls = lines.filter((l) => l.command.startsWith("curl "));
  for (const { command } of curls) expect([...command.matchAll(/127\.0\.0\.1:(\d+)/g)].map((m) => DOCUMENTED_PORTS.has(m[1]!))).not.toContain(false);
});

test("every npx line names a command of the bin", () => {
  for (const { command } of lines.filter((l) => l.command.startsWith("npx cluster-api-contracts "))) {
    expect(Object.keys(COMMANDS).concat(["--help", "--version"])).toContain(command.split(/\s+/)[2]);
  }
});

describe("the quick commands run", () => {
  const scripts = [...new Set(npmRuns.map((r) => r.script))].filter((s) => s in HELP);
  test.each(scripts)("npm run %s -- --help lists every flag the README passes", async (script) => {
    const help = { stdout: await HELP[script]!() };
    const flags = new Set(npmRuns.filter((r) => r.script === script).flatMap((r) => [...r.args.matchAll(/(?:^|\s)(--[\w-]+)/g)].map((m) => m[1]!)));
    for (const flag of flags) expect(help.stdout, `${script} ${flag}`).toContain(flag);
  }, 60_000);

  test("each conform line of the README plans without error (--dry-run, in-process)", async () => {
    const conform = npmRuns.filter((r) => r.script === "conform");
    expect(conform.length).toBeGreaterThan(0);
    for (const { args, line } of conform) {
      // words as a shell splits them: '...' and "..." keep their spaces
      const argv = [...args.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((a) => a !== "--dry-run");
      // a ${VAR} the reader supplies (e.g. a tenant header) gets a placeholder while the line plans
      const supplied = [...args.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => process.env[name] === undefined);
      for (const name of supplied) process.env[name] = "readme-placeholder";
      let stdout = "";
      let stderr = "";
      // A dry run writes no report; the plan must build from exactly these options.
      const code = await runConformCommand([...argv, "--dry-run"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      for (const name of supplied) delete process.env[name];
      expect(code, `README line ${line}: ${stderr}`).toBe(0);
      expect(stdout).toMatch(/^plan for /m);
    }
  }, 60_000);
});
