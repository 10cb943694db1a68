/**
 * Options shared by `npm run mock` and `npm run fake`, declared as data and parsed with
 * node:util parseArgs: --api (repeatable), --port (base port or id=port, repeatable), --host.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { API_IDS, APIS, isApiId, type ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";

export type OptionTable = NonNullable<ParseArgsConfig["options"]>;

export const SERVER_OPTIONS: OptionTable = {
  api: { type: "string", multiple: true },
  port: { type: "string", multiple: true },
  host: { type: "string", default: "127.0.0.1" },
  help: { type: "boolean", short: "h", default: false },
};

export interface ApiPort {
  id: ApiId;
  port: number;
}

export function parseCommandArgs(argv: string[], options: OptionTable): Record<string, any> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError("USAGE", String((error as Error).message).split("\n")[0]!, "run with --help for the options");
  }
}

/** Pick APIs and ports: defaults from the API table, a base port, or id=port pairs. */
export function resolveApiPorts(apiValues: string[] | undefined, portValues: string[] | undefined, defaultPort: (id: ApiId) => number): ApiPort[] {
  const ids: ApiId[] = [];
  for (const value of apiValues ?? []) {
    for (const id of value.split(",").map((v) => v.trim()).filter(Boolean)) {
      if (!isApiId(id)) throw new OperatorError("UNKNOWN_API", `unknown API "${id}"`, `choose from ${API_IDS.join(", ")}`);
      if (!ids.includes(id)) ids.push(id);
    }
  }
  const selected = ids.length > 0 ? API_IDS.filter((id) => ids.includes(id)) : [...API_IDS];
  const ports = new Map<ApiId, number>(selected.map((id) => [id, defaultPort(id)]));
  for (const value of portValues ?? []) {
    const pair = value.match(/^([a-z-]+)=(\d+)$/);
    if (pair) {
      const [, id, port] = pair;
      if (!isApiId(id!)) throw new OperatorError("UNKNOWN_API", `unknown API "${id}" in --port ${value}`, `choose from ${API_IDS.join(", ")}`);
      if (!ports.has(id)) throw new OperatorError("USAGE", `--port ${value} names an API that is not selected with --api`);
      ports.set(id, checkPort(Number(port), value));
    } else if (/^\d+$/.test(value)) {
      const base = checkPort(Number(value), value);
      selected.forEach((id, index) => ports.set(id, checkPort(base === 0 ? 0 : base + index, value)));
    } else {
      throw new OperatorError("USAGE", `--port ${value} is neither a port number nor id=port`);
    }
  }
  return selected.map((id) => ({ id, port: ports.get(id)! }));
}

/**
 * A per-API flag (`--proxy <url>` or `--proxy <id>=<value>`, repeatable): a bare value applies to
 * the one selected API; `id=value` names one of the selected APIs.
 */
export function resolvePerApiValues(flag: string, values: string[] | undefined, selected: readonly ApiId[]): Map<ApiId, string> {
  const out = new Map<ApiId, string>();
  for (const value of values ?? []) {
    const pair = value.match(/^([a-z-]+)=(.+)$/);
    if (pair && isApiId(pair[1]!)) {
      const id = pair[1] as ApiId;
      if (!selected.includes(id)) throw new OperatorError("USAGE", `--${flag} ${value} names an API that is not selected with --api`);
      out.set(id, pair[2]!);
    } else if (pair && /^[a-z-]+$/.test(pair[1]!) && !/^https?:/.test(value)) {
      throw new OperatorError("UNKNOWN_API", `unknown API "${pair[1]}" in --${flag} ${value}`, `choose from ${API_IDS.join(", ")}`);
    } else {
      if (selected.length !== 1) throw new OperatorError("USAGE", `--${flag} ${value} is ambiguous with ${selected.length} APIs`, `select one with --api, or write --${flag} <id>=${value}`);
      out.set(selected[0]!, value);
    }
  }
  return out;
}

function checkPort(port: number, raw: string): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OperatorError("USAGE", `--port ${raw}: ${port} is not a valid port`);
  return port;
}

export function defaultMockPort(id: ApiId): number {
  return APIS[id].mockPort;
}

export function defaultFakePort(id: ApiId): number {
  return APIS[id].fakePort;
}
