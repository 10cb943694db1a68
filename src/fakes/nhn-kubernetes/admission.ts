/**
 * What happens before a handler, in Magnum's order: the Keystone token check (401, as
 * keystonemiddleware answers it) and the microversion negotiation of
 * `OpenStack-API-Version: container-infra <x.y|latest>` (406, as Magnum's version hook and
 * `Controller.api_version` answer it). A missing header means 1.1, as in Magnum, so node-group
 * calls (>= 1.9) and resize (>= 1.7) without it are refused with 406.
 */
import { timingSafeEqual } from "node:crypto";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import { MESSAGES } from "./errors.js";
import type { NksState } from "./model.js";

export const MIN_VERSION: Version = [1, 1];
export const MAX_VERSION: Version = [1, 14];
export type Version = [number, number];

const HEADER = "OpenStack-API-Version";

/**
 * Magnum's floor per operation and the controller method name its 406 message names: resize 1.7
 * (cluster_actions.py ActionsController.resize api_version("1.7", ...)), node groups 1.9
 * (nodegroup.py NodeGroupController api_version("1.9")). NKS's own node-group sub-resources
 * (stop/start, autoscale, upgrade, userscript) get 1.9 by inference (they hang off that controller).
 */
const FLOORS: Record<string, { min: Version; method: string }> = {
  resizeCluster: { min: [1, 7], method: "resize" },
  listNodeGroups: { min: [1, 9], method: "get_all" },
  getNodeGroup: { min: [1, 9], method: "get_one" },
  createNodeGroup: { min: [1, 9], method: "post" },
  updateNodeGroup: { min: [1, 9], method: "patch" },
  deleteNodeGroup: { min: [1, 9], method: "delete" },
  stopNodes: { min: [1, 9], method: "stop_node" },
  startNodes: { min: [1, 9], method: "start_node" },
  getNodeGroupAutoscale: { min: [1, 9], method: "autoscale" },
  setNodeGroupAutoscale: { min: [1, 9], method: "autoscale" },
  upgradeNodeGroup: { min: [1, 9], method: "upgrade" },
  setNodeGroupUserScript: { min: [1, 9], method: "userscript" },
};

export const formatVersion = (v: Version) => `${v[0]}.${v[1]}`;
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1];

/** Headers Magnum puts on every answer. */
export function versionHeaders(request: FakeRequest): Record<string, string> {
  const negotiated = parseVersion(request.headers[HEADER.toLowerCase()]);
  return {
    "OpenStack-API-Minimum-Version": `container-infra ${formatVersion(MIN_VERSION)}`,
    "OpenStack-API-Maximum-Version": `container-infra ${formatVersion(MAX_VERSION)}`,
    ...(typeof negotiated === "string" ? {} : { "OpenStack-API-Version": `container-infra ${formatVersion(negotiated)}` }),
    Vary: HEADER,
  };
}

/** The requested version, or the 406 message when the header cannot be read. */
export function parseVersion(raw: string | undefined): Version | string {
  if (raw === undefined) return MIN_VERSION;
  const parts = raw.trim().split(/\s+/);
  if (parts.length !== 2 || parts[0] !== "container-infra") return `Invalid service type for ${HEADER} header`;
  if (parts[1]!.toLowerCase() === "latest") return MAX_VERSION;
  const match = /^(\d+)\.(\d+)$/.exec(parts[1]!);
  if (!match) return `Invalid value for ${HEADER} header`;
  return [Number(match[1]), Number(match[2])];
}

export function admitRequest(request: FakeRequest, context: HandlerContext<NksState>): FakeReply | undefined {
  const headers = versionHeaders(request);
  // keystonemiddleware auth_token (Magnum's paste pipeline): 401 with WWW-Authenticate
  if (!holdsToken(request.headers["x-auth-token"], context.credentials.nhnKubernetesToken)) {
    // keystonemiddleware's own body and headers (no microversion headers), as recorded from Magnum 15.0.1
    const body = { error: { code: 401, title: "Unauthorized", message: MESSAGES.unauthorized } };
    return { status: 401, body, headers: { "WWW-Authenticate": 'Keystone uri="http://127.0.0.1:5000/v3"' } };
  }
  const version = parseVersion(request.headers[HEADER.toLowerCase()]);
  // magnum/api/controllers/versions.py Version.parse_headers: an unreadable header is HTTPNotAcceptable (406)
  if (typeof version === "string") return { ...context.error(406, version), headers };
  // magnum/api/controllers/v1/__init__.py Controller._check_version: outside [min, max] is 406 with min/max_version
  if (compare(version, MIN_VERSION) < 0 || compare(version, MAX_VERSION) > 0) {
    const range = `[container-infra ${formatVersion(MIN_VERSION)}, container-infra ${formatVersion(MAX_VERSION)}]`;
    const message = `Version ${formatVersion(version)} was requested but the minor version is not supported by this service. The supported version range is: ${range}.`;
    // the version check's own error object, not the error middleware's (recorded from Magnum 15.0.1)
    const error = {
      code: "magnum.microversion-unsupported",
      title: "Requested microversion is unsupported",
      description: message,
      max_version: formatVersion(MAX_VERSION),
      min_version: formatVersion(MIN_VERSION),
      links: [{ rel: "help", href: "http://docs.openstack.org/api-guide/compute/microversions.html" }],
    };
    return { status: 406, body: { errors: [error] }, headers };
  }
  const floor = FLOORS[request.operationId];
  // base.py Controller.__getattribute__ (versioned methods): no method for this version is 406
  if (floor && compare(version, floor.min) < 0) {
    const message = `Version ${formatVersion(version)} was requested but the requested API ${floor.method} is not supported for this version.`;
    return { ...context.error(406, message), headers };
  }
  return undefined;
}

function holdsToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
