/**
 * Answers for requests that break the spec, in Magnum's words: 415 "Unknown mimetype" (WSME),
 * 406 for an unreadable microversion header, 404 for an identifier in the path that cannot name
 * anything (e.g. a malformed event UUID), 400 "Creating master nodegroups ..." for `role:
 * master`, and WSME's "Invalid input for field/attribute" 400 for the rest.
 */
import type { Finding } from "../../validate/finding.js";
import type { FakeReply, FakeRequest, HandlerContext } from "../runtime/types.js";
import { versionHeaders } from "./admission.js";
import { MESSAGES } from "./errors.js";
import type { NksState } from "./model.js";

const PATH_NOT_FOUND: Record<string, (ident: string) => string> = {
  CLUSTER_UUID: MESSAGES.clusterNotFound,
  CLUSTER_ID_OR_NAME: MESSAGES.clusterNotFound,
  EVENT_UUID: MESSAGES.eventNotFound,
  ADDON_UUID: MESSAGES.addonNotFound,
  ADDON_UUID_OR_NAME: MESSAGES.addonNotFound,
  ADDON_TYPE_UUID_OR_NAME: MESSAGES.addonTypeNotFound,
  NODEGROUP_ID_OR_NAME: MESSAGES.nodeGroupNotFound,
};

export function answerInvalidRequest(findings: Finding[], request: FakeRequest, context: HandlerContext<NksState>): FakeReply {
  return { ...chooseReply(findings, request, context), headers: versionHeaders(request) };
}

function chooseReply(findings: Finding[], request: FakeRequest, context: HandlerContext<NksState>): FakeReply {
  // WSME (wsmeext.pecan, used by magnum/api/expose.py): a body it cannot decode is "Unknown mimetype" (415)
  if (findings.some((f) => f.keyword === "content-type")) {
    return context.error(415, MESSAGES.unknownMimetype((request.contentType ?? "").split(";")[0]!.trim() || "(none)"));
  }
  // magnum/api/controllers/versions.py Version.parse_headers (406)
  if (findings.some((f) => f.message.startsWith("header parameter OpenStack-API-Version"))) {
    return context.error(406, "Invalid value for OpenStack-API-Version header");
  }
  // magnum/api/utils.py get_resource: an identifier that names nothing is the resource's NotFound (404)
  const pathFinding = findings.find((f) => f.message.startsWith("path parameter "));
  if (pathFinding) {
    const name = pathFinding.pointer.split("/")[2] ?? "";
    const message = PATH_NOT_FOUND[name] ?? MESSAGES.clusterNotFound;
    return context.error(404, message(request.params[name] ?? ""));
  }
  const body = request.body as Record<string, unknown> | undefined;
  // nodegroup.py NodeGroupController.post: CreateMasterNodeGroup (400)
  if (request.operationId === "createNodeGroup" && body && typeof body === "object" && body.role === "master") {
    return context.error(400, MESSAGES.createMasterNodeGroup);
  }
  // WSME type validation (ClientSideError, 400) and the guide's field tables
  return context.error(400, describeFinding(findings, request.body));
}

/** WSME's wording: "Invalid input for field/attribute <name>. Value: '<value>'. <reason>". */
export function describeFinding(findings: Finding[], body: unknown): string {
  const finding = pickFinding(findings);
  if (!finding) return "Invalid input.";
  if (finding.keyword === "body") return "Invalid input for field/attribute body. Value: 'None'. Mandatory field missing.";
  const missing = (finding.expected as { missingProperty?: string } | undefined)?.missingProperty;
  const field = fieldName(finding.pointer, missing);
  const value = missing ? "None" : JSON.stringify(finding.actual ?? null);
  const reason = missing ? "Mandatory field missing." : `${finding.message.replace(/^\/\S*\s*/, "").replace(/^\w/, (c) => c.toUpperCase())}.`;
  void body;
  return `Invalid input for field/attribute ${field}. Value: '${value}'. ${reason}`;
}

/** The most telling finding: oneOf/anyOf/if wrappers say less than the branch findings. */
function pickFinding(findings: Finding[]): Finding | undefined {
  const generic = new Set(["oneOf", "anyOf", "if", "allOf", "not"]);
  return findings.find((f) => !generic.has(f.keyword) && f.keyword !== "const") ?? findings[0];
}

function fieldName(pointer: string, missing: string | undefined): string {
  const parts = pointer.split("/").filter(Boolean).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (missing) parts.push(missing);
  return parts.length > 0 ? parts.join(".") : "body";
}
