/**
 * Requests that break the spec still get the real server's answer where it has one. A body
 * Jackson cannot bind (an unknown field, a value it cannot coerce) never reaches ApiServer:
 * GenericExceptionHandler answers 404 with a RemoteExceptionData body. Otherwise the
 * operation's own rule (ServiceApiUtil, ApiServer) is asked, so a schema failure reads like the
 * server's message; failing that, the first schema finding is the diagnostics. A ServiceStatus
 * with 400 (415 for a content type the operation does not take).
 */
import type { FakeReply, FakeRequest } from "../runtime/types.js";
import type { Finding } from "../../validate/finding.js";
import { checkFlexRequest } from "./handlers/components.js";
import { BODY_TYPES, findJacksonFailure, readJackson } from "./jackson.js";
import { CONTAINER_STATES } from "./model.js";
import { replyStatus } from "./replies.js";
import { validateServiceDefinition } from "./validate-service.js";

const isEmptyList = (body: unknown) => !Array.isArray(body) || body.length === 0;

/** Per operation: the server's message for this request, if one of its rules explains the failure. */
const EXPLAIN: Record<string, (request: FakeRequest) => string | undefined> = {
  createService: (request) => (request.body === undefined ? undefined : validateServiceDefinition(request.body)),
  flexComponent: (request) => checkFlexRequest(readJackson({ record: "Component" }, request.body), request.params.component_name ?? ""),
  upgradeComponents: (request) => (isEmptyList(request.body) ? "No components provided." : undefined),
  upgradeComponentInstances: (request) => (isEmptyList(request.body) ? "No containers provided." : undefined),
  updateComponentInstance: (request) => (request.body === undefined || request.body === null ? "No container data provided." : undefined),
  listComponentInstances: (request) => {
    const raw = request.query.containerState;
    const states = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    return states.some((s) => !(CONTAINER_STATES as readonly string[]).includes(s))
      ? `valid container states are: [${CONTAINER_STATES.join(", ")}]`
      : undefined;
  },
};

export function answerInvalidRequest(findings: Finding[], request: FakeRequest): FakeReply {
  const contentType = findings.find((f) => f.keyword === "content-type");
  if (contentType) return replyStatus(415, contentType.message);
  const bodyType = BODY_TYPES[request.operationId];
  const unreadable = bodyType && request.body !== undefined ? findJacksonFailure(bodyType, request.body) : undefined;
  if (unreadable) return { status: 404, body: unreadable };
  const explained = EXPLAIN[request.operationId]?.(request);
  return replyStatus(400, explained ?? findings[0]?.message ?? "invalid request");
}
