#!/usr/bin/env node
/**
 * The package's bin: `cluster-api-contracts <command> [options]`. Compiled to
 * dist/bin/cluster-api-contracts.js at pack time, so an installed package runs plain
 * JavaScript (no TypeScript loader); in this repository `npm run <command>` runs the same
 * `main` functions through tsx.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/spec/apis.js";
import { COMMANDS, isCommand } from "../src/cli/commands.js";

const usage = () =>
  `Usage: cluster-api-contracts <${Object.keys(COMMANDS).join("|")}> [options]
       cluster-api-contracts <command> --help    a command's options
       cluster-api-contracts --version           the installed version
`;

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

const [command, ...args] = process.argv.slice(2);
if (command === "--version" || command === "-V") {
  process.stdout.write(`${version()}\n`);
} else if (command === undefined || command === "--help" || command === "-h") {
  process.stdout.write(usage());
} else if (!isCommand(command)) {
  process.stderr.write(`cluster-api-contracts: unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")})\n${usage()}`);
  process.exitCode = 2;
} else {
  const module = (await import(COMMANDS[command])) as { main(args: string[]): Promise<void> };
  await module.main(args);
}
