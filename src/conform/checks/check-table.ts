/** Every check by name: what it asserts, where it runs, whether it is on by default. */
import type { CheckDefinition } from "./check-types.js";
import { contentType, maxResponseTime, responseHeaders, responseSchema, serverError, statusDocumented } from "./response-checks.js";
import { authEnforced, negativeRejected, positiveAccepted, unknownMethod } from "./input-checks.js";
import { stateTransition } from "./state-transition.js";

export const CHECKS: readonly CheckDefinition[] = [
  { name: "server_error", scope: "exchange", defaultOn: true, run: serverError, description: "no 5xx (a 5xx the operation itself documents is allowed) and no transport failure" },
  { name: "status_documented", scope: "exchange", defaultOn: true, run: statusDocumented, description: "the status is documented (exact, NXX range or default)" },
  { name: "content_type", scope: "exchange", defaultOn: true, run: contentType, description: "a body has a well-formed Content-Type documented for its status" },
  { name: "response_schema", scope: "exchange", defaultOn: true, run: responseSchema, description: "the body validates against the documented schema" },
  { name: "response_headers", scope: "exchange", defaultOn: true, run: responseHeaders, description: "required response headers are present and match their schema" },
  { name: "negative_rejected", scope: "exchange", defaultOn: true, run: negativeRejected, description: "invalid input never gets 2xx, and gets a documented 4xx" },
  { name: "positive_accepted", scope: "exchange", defaultOn: true, run: positiveAccepted, description: "valid input is not rejected with 400/422" },
  { name: "auth_enforced", scope: "exchange", defaultOn: true, run: authEnforced, description: "no credentials and wrong credentials never get 2xx (operations with security)" },
  { name: "unknown_method", scope: "exchange", defaultOn: true, run: unknownMethod, description: "an undocumented method on a known path gets 405 or 404" },
  { name: "state_transition", scope: "exchange", defaultOn: true, run: stateTransition, description: "a status only moves to states reachable through x-state-transitions" },
  { name: "created_resource_readable", scope: "workflow", defaultOn: true, description: "after a create, the resource becomes readable within the workflow's deadline" },
  { name: "deleted_resource_gone", scope: "workflow", defaultOn: true, description: "after a delete, the resource ends gone (404 or a declared final status) within the deadline" },
  { name: "workflow_step", scope: "workflow", defaultOn: true, description: "each workflow step meets its successCriteria (polling steps within their deadline)" },
  { name: "max_response_time", scope: "exchange", defaultOn: false, run: maxResponseTime, description: "every response arrives within --max-response-time ms (opt-in)" },
];

export const CHECK_NAMES = CHECKS.map((c) => c.name);

export function findCheck(name: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.name === name);
}
