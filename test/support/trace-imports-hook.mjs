/**
 * `node --import ./test/support/trace-imports-hook.mjs <file> ...` with TRACE_IMPORTS_FILE set:
 * when the process exits, that file holds the URLs of every module it loaded, as JSON. ES
 * modules are seen by a resolve hook (it runs in Node's hooks thread and appends each URL to a
 * log as it resolves, so none is lost at exit); CommonJS modules by require's cache. Plain
 * JavaScript, so it traces the built bin without a TypeScript loader.
 */
import { readFileSync, writeFileSync } from "node:fs";
import Module, { register } from "node:module";
import { pathToFileURL } from "node:url";

const HOOKS = `
import { appendFileSync } from "node:fs";
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + "\\n");
  return result;
}`;

const out = process.env.TRACE_IMPORTS_FILE;
if (out) {
  const log = `${out}.log`;
  writeFileSync(log, "");
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { log } });
  process.on("exit", () => {
    const esm = readFileSync(log, "utf8").split("\n").filter(Boolean);
    const cjs = Object.keys(Module._cache).map((file) => pathToFileURL(file).href);
    writeFileSync(out, JSON.stringify([...new Set([...esm, ...cjs])]));
  });
}
