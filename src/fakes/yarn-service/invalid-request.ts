/**
 * Requests that break the spec still get the real server's answer where it has one: the
 * operation's own rule (ServiceApiUtil, ApiServer) is asked first, so a schema failure reads
 * like the server's message; otherwise the first schema finding is the diagnostics. Always a
 * ServiceStatus, 400 (415 for a content type the operation does not take).
 */
import type { FakeReply, FakeRequest } from "../runtime/types.js";
import type { Finding } from "../../validate/finding.js";
import { checkFlexRequest } from "./handlers/components.js";
import { CONTAINER_STATES } from "./model.js";
import { replyStatus } from "./replies.js";
import { validateServiceDefinition } from "./validate-service.js";

const isEmptyList = (body: unknown) => !Array.isArray(body) || body.length === 0;

/** Per operation: the server's message for this request, if one of its rules explains the failure. */
const EXPLAIN: Record<string, (request: FakeRequest) => string | undefined> = {
  createService: (request) => (request.body === undefined ? undefined : validateServiceDefinition(request.body)),
  flexComponent: (request) => checkFlexRequest(request.body, request.params.component_name ?? ""),
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
  const explained = EXPLAIN[request.operationId]?.(request);
  return replyStatus(400, explained ?? findings[0]?.message ?? "invalid request");
}
