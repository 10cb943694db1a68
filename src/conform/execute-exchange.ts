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
import { sendRequest, type HttpClientOptions, type HttpOutcome } from "./http-client.js";
import { toCurl, type PreparedRequest } from "./http-request.js";

export interface ExchangeRunner {
  /** Send, check and report; `quiet` sends and returns without checks or events (teardown). */
  execute(input: ExchangeInput, quiet?: boolean): Promise<Exchange>;
  readonly requests: number;
  /** The requests the http hold applies to (creates), while in flight. */
  readonly creates?: CreatesInFlight;
}

/**
 * Creates in flight: after a stop, the teardown waits on them for what they made. A create
 * counts until its answer went through onResponse (registered for cleanup) or onUnanswered.
 */
export interface CreatesInFlight {
  readonly count: number;
  /** Resolves once one of those in flight now has settled (at once when none is in flight). */
  settled(): Promise<void>;
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
  /** Called for a create sent before the run stopped that got no answer (see HttpClientOptions.hold). */
  onUnanswered?: (exchange: Exchange) => void;
}

export function createExchangeRunner(options: ExchangeRunnerOptions): ExchangeRunner {
  let requests = 0;
  const exchangeChecks = options.checks.filter((c) => c.scope === "exchange" && c.run);
  const creates = createsInFlight();
  return {
    get requests() {
      return requests;
    },
    creates,
    async execute(input, quiet = false) {
      const sentAt = performance.now();
      const create = options.http.hold?.applies(input.request) ? creates.start() : undefined;
      let exchange: Exchange;
      let outcome: HttpOutcome;
      try {
        outcome = await sendRequest(input.request, options.http);
        requests++;
        exchange = {
          ...input,
          method: input.request.method,
          sentAt,
          receivedAt: performance.now(),
          ...(outcome.ok ? { response: outcome.response } : { error: outcome.error }),
        };
        if (exchange.response) options.onResponse?.(exchange);
        else if (!outcome.ok && outcome.held) options.onUnanswered?.(exchange);
        else if (!options.http.signal?.aborted) options.onError?.(exchange);
      } finally {
        create?.done();
      }
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

function createsInFlight(): CreatesInFlight & { start(): { done(): void } } {
  let count = 0;
  let waiting: Array<() => void> = [];
  return {
    get count() {
      return count;
    },
    settled() {
      if (count === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    start() {
      count++;
      let done = false;
      return {
        done() {
          if (done) return;
          done = true;
          count--;
          const wake = waiting;
          waiting = [];
          for (const resolve of wake) resolve();
        },
      };
    },
  };
}
