export { CHECKS, CHECK_NAMES, findCheck } from "./check-table.js";
export type { CheckDefinition, CheckContext, CheckFailure, ExchangeCheck } from "./check-types.js";
