/**
 * Start the real OpenStack Magnum API (Debian's python3-magnum 15.0.1, code unmodified) on
 * loopback with its neighbours (real/magnum/neighbours/):
 *   1. openstack_stand_in.py: Keystone/Glance/Nova/Neutron, only the calls Magnum makes;
 *   2. launcher.py: magnum-api-wsgi's app and magnum-conductor's handlers in one process on
 *      oslo.messaging's in-memory bus, SQLite, and the do-nothing cluster driver;
 *   3. a public cluster template named `iaas_console`, the template id every NKS create names.
 * `auth: "keystone"` keeps Debian's paste pipeline (keystonemiddleware validates tokens against
 * the stand-in, which knows only `token`); `auth: "none"` drops the authtoken filter.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { OperatorError } from "../../spec/operator-error.js";
import { DEBIAN_PYTHON, ensureMagnumPackages } from "./ensure-packages.js";
import { LAUNCHER, NOOP_DRIVER_PATH, STAND_IN } from "./neighbours.js";
import { seedNksTemplate } from "./seed-template.js";
import { spawnNeighbour, type Neighbour } from "./spawn-neighbour.js";
import { writeMagnumConfig, type MagnumAuthMode } from "./write-config.js";

export interface RealMagnumOptions {
  host?: string;
  /** 0 = any free port */
  port?: number;
  auth?: MagnumAuthMode;
  /** the one token the stand-in Keystone accepts in keystone mode */
  token: string;
  /** the project that token belongs to */
  projectId?: string;
  /** seconds the do-nothing driver waits before an operation is *_COMPLETE */
  stepSeconds?: number;
  log?: (line: string) => void;
}

export interface RealMagnum {
  url: string;
  standInUrl: string;
  auth: MagnumAuthMode;
  projectId: string;
  stateDir: string;
  close(): Promise<void>;
}

export const DEFAULT_REAL_MAGNUM_PORT = 9511;
export const DEFAULT_PROJECT_ID = "6f0c1b0e2a9d4c37b1c4e5d6a7b8c9d0";

export async function startRealMagnum(options: RealMagnumOptions): Promise<RealMagnum> {
  const host = options.host ?? "127.0.0.1";
  const auth = options.auth ?? "none";
  const projectId = options.projectId ?? DEFAULT_PROJECT_ID;
  ensureMagnumPackages(options.log ?? (() => {}));
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "real-magnum-"));
  const started: Neighbour[] = [];
  const close = async () => {
    await Promise.allSettled(started.reverse().map((n) => n.stop()));
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    const standIn = await spawnNeighbour({
      name: "stand-in",
      command: DEBIAN_PYTHON,
      args: [STAND_IN, "--host", host, "--port", "0", "--valid-token", `${options.token}=${projectId}`],
      readyLine: /^stand-in listening on (\d+)$/,
      logDir: stateDir,
      timeoutMs: 10_000,
    });
    started.push(standIn);
    const standInUrl = `http://${host}:${standIn.ready[1]}`;
    const config = writeMagnumConfig({ stateDir, host, port: options.port ?? DEFAULT_REAL_MAGNUM_PORT, standInUrl, auth });
    const magnum = await spawnNeighbour({
      name: "magnum",
      command: DEBIAN_PYTHON,
      args: [LAUNCHER, "--config-file", config],
      env: {
        ...process.env,
        PYTHONPATH: NOOP_DRIVER_PATH,
        MAGNUM_NOOP_STEP_SECONDS: String(options.stepSeconds ?? 1),
      },
      readyLine: /^magnum listening on (.+):(\d+)$/,
      logDir: stateDir,
      timeoutMs: 60_000,
    }).catch((error: Error) => {
      if (/Address already in use/.test(error.message)) {
        throw new OperatorError("PORT_IN_USE", `port ${options.port} on ${host} is in use`, "choose another with --port");
      }
      throw new OperatorError("ENVIRONMENT", `Magnum did not start: ${error.message}`);
    });
    started.push(magnum);
    const url = `http://${host}:${magnum.ready[2]}`;
    await seedNksTemplate(url, options.token, projectId);
    return { url, standInUrl, auth, projectId, stateDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
