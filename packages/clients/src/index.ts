/**
 * What every client shares: the ApiResult every call returns, the polling loop behind the
 * `waitFor…` helpers, and the credentials read from the environment. The clients themselves
 * are one entry point per API: `@cluster-api-contracts/clients/<api>`.
 */
export { toResult, type ApiResult, type ApiSuccess, type ApiHttpError, type ApiNetworkError } from "./result.js";
export { waitUntil, type WaitCondition, type WaitOptions, type WaitOutcome } from "./wait-until.js";
export { CLIENT_CREDENTIAL_VARS, readClientCredentials, type ClientCredentials } from "./credentials.js";
