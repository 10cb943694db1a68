/** One request sent and what came back: the unit every per-response check looks at. */
import type { OperationInfo } from "../spec/index-operations.js";
import type { CaseKind } from "../generate/test-case.js";
import type { HttpResponse } from "./http-client.js";
import type { PreparedRequest } from "./http-request.js";

export interface Exchange {
  caseId: string;
  kind: CaseKind | "workflow";
  description: string;
  /** false: positive_accepted does not judge this exchange (made-up but schema-valid values). */
  judgeAcceptance?: boolean;
  operation: OperationInfo;
  /** The method sent (differs from the operation's for unknown-method probes). */
  method: string;
  request: PreparedRequest;
  response?: HttpResponse;
  /** Transport failure (timeout, connection reset) instead of a response. */
  error?: string;
  sentAt: number;
  receivedAt: number;
  workflowId?: string;
}
