#!/usr/bin/env node
/**
 * The package's bin: `cluster-api-contracts <conform|mock|fake> [options]`. Registers tsx's
 * ESM loader in-process (tsx/esm/api) and hands the arguments to the command's `main`.
 */
import { register } from "tsx/esm/api";

const COMMANDS = {
  conform: "../src/cli/conform.ts",
  mock: "../src/cli/mock.ts",
  fake: "../src/cli/fake.ts",
};

const [command, ...args] = process.argv.slice(2);
if (!command || command === "--help" || command === "-h" || !(command in COMMANDS)) {
  const known = Object.keys(COMMANDS).join(", ");
  const out = command && !(command in COMMANDS) && command !== "--help" && command !== "-h" ? process.stderr : process.stdout;
  out.write(`${command && out === process.stderr ? `cluster-api-contracts: unknown command "${command}"\n` : ""}Usage: cluster-api-contracts <${Object.keys(COMMANDS).join("|")}> [options]   (commands: ${known}; add --help for a command's options)\n`);
  process.exit(out === process.stderr ? 2 : 0);
}

register();
const module = await import(new URL(COMMANDS[command], import.meta.url).href);
await module.main(args);
