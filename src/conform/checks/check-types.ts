/** The shape of a check: a named function over one exchange, returning findings as values. */
import type { SpecValidator } from "../../validate/spec-validator.js";
import type { Finding } from "../../validate/finding.js";
import type { ApiProfile } from "../api-profiles.js";
import type { Exchange } from "../exchange.js";
import type { HttpResponse } from "../http-client.js";
import type { StateTracker } from "../state-graph.js";

export interface CheckFailure {
  message: string;
  pointer?: string;
  expected?: unknown;
  actual?: unknown;
  /** The finding's keyword ("x-known-values" makes it a warning). */
  keyword?: string;
}

export interface CheckContext {
  validator: SpecValidator;
  profile: ApiProfile;
  states: StateTracker;
  maxResponseTimeMs: number;
  /** An answer the target made up itself (a mock's own error): only the input checks judge it. */
  ownError?: (response: HttpResponse) => boolean;
  /** validateResponse for this exchange, computed once and shared by the checks that split it. */
  responseFindings(exchange: Exchange): Finding[];
}

/** null: the check does not apply to this exchange; []: passed; otherwise the failures. */
export type ExchangeCheck = (exchange: Exchange, context: CheckContext) => CheckFailure[] | null;

export interface CheckDefinition {
  name: string;
  description: string;
  /** "exchange" checks judge every response; "workflow" checks are judged by the workflow runner. */
  scope: "exchange" | "workflow";
  defaultOn: boolean;
  run?: ExchangeCheck;
}
