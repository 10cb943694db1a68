/**
 * Send one request and judge the answer: emit the exchange, run every enabled per-response
 * check, emit one check event per check that applies (failures with a curl line), register
 * what the request created for cleanup, and forget the state of what it deleted.
 */
import type { OperationInfo } from "../spec/index-operations.js";
import type { CaseKind } from "../generate/test-case.js";
import type { Finding } from "../validate/finding.js";
import type { CheckContext, CheckDefinition } from "./checks/index.js";
import type { EmitEvent } from "./events.js";
import type { Exchange } from "./exchange.js";
import { sendRequest, type HttpClientOptions } from "./http-client.js";
import { toCurl, type PreparedRequest } from "./http-request.js";

export interface ExchangeRunner {
  /** Send, check and report; `quiet` sends and returns without checks or events (teardown). */
  execute(input: ExchangeInput, quiet?: boolean): Promise<Exchange>;
  readonly requests: number;
}

export interface ExchangeInput {
  caseId: string;
  kind: CaseKind | "workflow";
  description: string;
  judgeAcceptance?: boolean;
  operation: OperationInfo;
  request: PreparedRequest;
  workflowId?: string;
}

export interface ExchangeRunnerOptions {
  http: HttpClientOptions;
  checks: CheckDefinition[];
  context: Omit<CheckContext, "responseFindings">;
  emit: EmitEvent;
  /** Called after every answered request (cleanup registration). */
  onResponse?: (exchange: Exchange) => void;
  /** Called after a transport failure the run's own signal did not cause (lost-target watch). */
  onError?: (exchange: Exchange) => void;
}

export function createExchangeRunner(options: ExchangeRunnerOptions): ExchangeRunner {
  let requests = 0;
  const exchangeChecks = options.checks.filter((c) => c.scope === "exchange" && c.run);
  return {
    get requests() {
      return requests;
    },
    async execute(input, quiet = false) {
      const sentAt = performance.now();
      const outcome = await sendRequest(input.request, options.http);
      requests++;
      const exchange: Exchange = {
        ...input,
        method: input.request.method,
        sentAt,
        receivedAt: performance.now(),
        ...(outcome.ok ? { response: outcome.response } : { error: outcome.error }),
      };
      if (exchange.response) options.onResponse?.(exchange);
      else if (!options.http.signal?.aborted) options.onError?.(exchange);
      // A request cut short by the deadline or Ctrl-C says nothing about the API.
      if (quiet || (!exchange.response && options.http.signal?.aborted)) return exchange;
      const { operation } = input;
      options.emit({
        type: "exchange",
        caseId: input.caseId,
        kind: input.kind,
        operationId: operation.operationId,
        method: input.request.method,
        path: operation.path,
        status: exchange.response?.status,
        durationMs: Math.round(outcome.ok ? outcome.response.durationMs : outcome.durationMs),
      });
      let findings: Finding[] | undefined;
      const context: CheckContext = {
        ...options.context,
        responseFindings: (x) =>
          (findings ??= options.context.validator.validateResponse(x.operation.operationId, {
            status: x.response!.status,
            headers: x.response!.headers,
            body: x.response!.body,
            contentType: x.response!.contentType,
          })),
      };
      for (const check of exchangeChecks) {
        let failures;
        try {
          failures = check.run!(exchange, context);
        } catch (error) {
          failures = [{ message: `the check itself failed: ${(error as Error).message}` }];
        }
        if (failures === null) continue;
        const base = {
          type: "check" as const,
          check: check.name,
          operationId: operation.operationId,
          method: input.request.method,
          path: operation.path,
          caseId: input.caseId,
          description: input.description,
          workflowId: input.workflowId,
        };
        if (failures.length === 0) options.emit({ ...base, outcome: "passed" });
        for (const failure of failures) {
          options.emit({ ...base, outcome: "failed", failure: { ...failure, curl: toCurl(input.request), status: exchange.response?.status } });
        }
      }
      return exchange;
    },
  };
}
