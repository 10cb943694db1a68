/**
 * conform.config.yaml: the same settings as the flags, by the same names, plus per-API
 * sections. Found in the working directory (or --config <file>); flags override it.
 *
 *   base-url: http://127.0.0.1:4021
 *   header: ["X-Tenant: ${TENANT}"]          # or a mapping  headers: { X-Tenant: "${TENANT}" }
 *   phases: [examples, negative]
 *   apis:
 *     yarn-service: { base-url: http://127.0.0.1:4011, expect-differences: differences/yarn.yaml }
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { OperatorError } from "../spec/operator-error.js";
import { CONFORM_OPTIONS, type OptionSpec, type RawValues } from "./conform-options.js";

export const CONFIG_FILE = "conform.config.yaml";

export interface ResolvedSettings {
  values: RawValues;
  /** Where each value came from: "flag", "config", "config apis.<id>". */
  sources: Record<string, string>;
  configPath?: string;
}

/** Merge the config file (when any) under the flags. */
export function resolveSettings(flags: RawValues, cwd = process.cwd()): ResolvedSettings {
  const explicit = typeof flags.config === "string" ? path.resolve(cwd, flags.config) : undefined;
  const found = !explicit && !flags["no-config"] && existsSync(path.join(cwd, CONFIG_FILE)) ? path.join(cwd, CONFIG_FILE) : undefined;
  const configPath = explicit ?? found;
  const values: RawValues = {};
  const sources: Record<string, string> = {};
  if (configPath) {
    const document = readConfig(configPath);
    const { apis, ...top } = document;
    apply(values, sources, normalise(top, configPath, ""), "config");
    const api = typeof flags.api === "string" ? flags.api : typeof values.api === "string" ? values.api : undefined;
    if (apis !== undefined && (typeof apis !== "object" || apis === null || Array.isArray(apis))) throw new OperatorError("USAGE", `${configPath}: "apis" must map API ids to settings`);
    const section = api ? (apis as Record<string, unknown> | undefined)?.[api] : undefined;
    if (section !== undefined) {
      if (typeof section !== "object" || section === null) throw new OperatorError("USAGE", `${configPath}: apis.${api} must be a mapping`);
      apply(values, sources, normalise(section as Record<string, unknown>, configPath, `apis.${api}.`), `config apis.${api}`);
    }
  }
  for (const [name, value] of Object.entries(flags)) {
    if (value === undefined) continue;
    if (name === "header" && Array.isArray(value) && Array.isArray(values.header)) values.header = [...values.header, ...value];
    else values[name] = value;
    sources[name] = "flag";
  }
  return { values, sources, configPath };
}

function apply(values: RawValues, sources: Record<string, string>, more: RawValues, source: string): void {
  for (const [name, value] of Object.entries(more)) {
    values[name] = name === "header" && Array.isArray(values.header) && Array.isArray(value) ? [...values.header, ...value] : value;
    sources[name] = source;
  }
}

function readConfig(configPath: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(configPath, "utf8");
  } catch (error) {
    throw new OperatorError("USAGE", `cannot read config ${configPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new OperatorError("USAGE", `${configPath} is not YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (document === null || document === undefined) return {};
  if (typeof document !== "object" || Array.isArray(document)) throw new OperatorError("USAGE", `${configPath}: expected a mapping of settings`);
  return document as Record<string, unknown>;
}

/** Config values in the flags' shapes: strings, booleans, string lists; paths resolved from the file. */
function normalise(section: Record<string, unknown>, configPath: string, prefix: string): RawValues {
  const out: RawValues = {};
  const byName = new Map<string, OptionSpec>(CONFORM_OPTIONS.filter((o) => !o.flagOnly).map((o) => [o.name, o]));
  for (const [key, raw] of Object.entries(section)) {
    const where = `${configPath}: ${prefix}${key}`;
    if (key === "headers") {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new OperatorError("USAGE", `${where} must map header names to values`);
      out.header = [...((out.header as string[] | undefined) ?? []), ...Object.entries(raw).map(([n, v]) => `${n}: ${String(v)}`)];
      continue;
    }
    const option = byName.get(key);
    if (!option) throw new OperatorError("USAGE", `${where}: unknown setting`, `settings: ${[...byName.keys(), "headers", "apis"].join(", ")}`);
    if (option.type === "boolean") {
      if (typeof raw !== "boolean") throw new OperatorError("USAGE", `${where} must be true or false`);
      out[key] = raw;
    } else if (option.multiple) {
      const list = Array.isArray(raw) ? raw : [raw];
      out[key] = [...((out[key] as string[] | undefined) ?? []), ...list.map(String)];
    } else if (Array.isArray(raw)) out[key] = raw.map(String).join(",");
    else if (typeof raw === "string" || typeof raw === "number") out[key] = option.path ? path.resolve(path.dirname(configPath), String(raw)) : String(raw);
    else throw new OperatorError("USAGE", `${where} must be a string, a number or a list`);
  }
  return out;
}
