/**
 * The state folder of one real Magnum: magnum.conf from the neighbours' template and Debian's
 * own /etc/magnum/api-paste.ini, unchanged in `keystone` mode, without the `authtoken` filter
 * in `none` mode (Magnum has no auth_strategy switch; this is how a no-auth Magnum is built).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OperatorError } from "../../spec/operator-error.js";
import { NEIGHBOURS_DIR } from "./neighbours.js";

export type MagnumAuthMode = "none" | "keystone";

export interface MagnumConfigInput {
  stateDir: string;
  host: string;
  port: number;
  standInUrl: string;
  auth: MagnumAuthMode;
}

export const DEBIAN_PASTE_INI = "/etc/magnum/api-paste.ini";

export function pastePipeline(debianPaste: string, auth: MagnumAuthMode): string {
  if (auth === "keystone") return debianPaste;
  const withoutAuth = debianPaste.replace(/^(pipeline\s*=.*?)\s+authtoken\b/m, "$1");
  if (withoutAuth === debianPaste) throw new OperatorError("ENVIRONMENT", `no authtoken filter in the pipeline of ${DEBIAN_PASTE_INI}`);
  return withoutAuth;
}

/** Write magnum.conf and api-paste.ini into `stateDir`; return the magnum.conf path. */
export function writeMagnumConfig(input: MagnumConfigInput): string {
  mkdirSync(path.join(input.stateDir, "lock"), { recursive: true });
  const template = readFileSync(path.join(NEIGHBOURS_DIR, "magnum.conf.in"), "utf8");
  const values: Record<string, string> = {
    STATE_DIR: input.stateDir,
    HOST: input.host,
    PORT: String(input.port),
    STAND_IN: input.standInUrl,
  };
  const conf = template.replace(/@([A-Z_]+)@/g, (whole, name: string) => values[name] ?? whole);
  const confPath = path.join(input.stateDir, "magnum.conf");
  writeFileSync(confPath, conf);
  writeFileSync(path.join(input.stateDir, "api-paste.ini"), pastePipeline(readFileSync(DEBIAN_PASTE_INI, "utf8"), input.auth));
  return confPath;
}
