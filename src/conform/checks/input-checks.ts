/**
 * Checks on how the server treats the input it was sent: invalid input refused with a
 * documented 4xx, valid input not refused with 400/422, credentials enforced, undocumented
 * methods refused.
 */
import type { ExchangeCheck } from "./check-types.js";

const is2xx = (status: number) => status >= 200 && status < 300;

export const negativeRejected: ExchangeCheck = (x, ctx) => {
  if (x.kind !== "negative" || !x.response) return null;
  const { status } = x.response;
  if (is2xx(status)) {
    return [{ message: `invalid input was accepted with ${status} (${x.description})`, expected: "a documented 4xx", actual: status }];
  }
  if (status >= 500) return null;
  if (status >= 400 && ctx.ownError?.(x.response)) return [];
  if (status >= 400 && !ctx.validator.responseFor(x.operation.operationId, status)) {
    const documented = Object.keys(x.operation.operation.responses ?? {}).filter((k) => k.startsWith("4") || k === "default");
    return [{ message: `invalid input was refused with undocumented status ${status} (${x.description})`, expected: documented, actual: status }];
  }
  if (status < 400) return [{ message: `invalid input got ${status}, not a 4xx (${x.description})`, expected: "a documented 4xx", actual: status }];
  return [];
};

export const positiveAccepted: ExchangeCheck = (x, ctx) => {
  if ((x.kind !== "positive" && x.kind !== "workflow") || !x.response || x.judgeAcceptance === false) return null;
  if (ctx.profile.stateDependent.includes(x.operation.operationId)) return null;
  const { status } = x.response;
  if (status === 400 || status === 422) {
    return [{ message: `valid input was rejected with ${status} (${x.description})`, expected: "not 400/422", actual: status }];
  }
  return [];
};

export const authEnforced: ExchangeCheck = (x) => {
  if ((x.kind !== "auth-none" && x.kind !== "auth-wrong") || !x.response) return null;
  const { status } = x.response;
  if (!is2xx(status)) return [];
  const how = x.kind === "auth-none" ? "without credentials" : "with wrong credentials";
  return [{ message: `request ${how} was answered ${status}`, expected: "401 or 403", actual: status }];
};

export const unknownMethod: ExchangeCheck = (x) => {
  if (x.kind !== "method" || !x.response) return null;
  const { status } = x.response;
  if (status === 405 || status === 404) return [];
  return [{ message: `undocumented method ${x.method} on ${x.operation.path} got ${status}`, expected: [405, 404], actual: status }];
};
