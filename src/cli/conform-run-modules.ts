/**
 * What a `conform` run loads once its flags are good (spec loading, Ajv, case generation, the
 * runner, the reporters), imported by src/cli/conform.ts with one `await import()`, so that
 * --help and usage errors answer without loading them.
 */
export { adaptPlanToTarget, prepareRun } from "../conform/plan.js";
export { runConformance } from "../conform/run-conformance.js";
export { detectTarget } from "../conform/detect-target.js";
export { loadDifferences } from "../conform/differences.js";
export { checkCredentials } from "../conform/preflight-credentials.js";
export { checkSpecMatchesApi } from "../conform/spec-match.js";
export { traitsFor } from "../conform/target-kinds.js";
export { broadcast } from "../reporters/reporter.js";
export { ConsoleReporter } from "../reporters/console-reporter.js";
export { REPORT_FILES } from "./conform-reports.js";
export { checkReportPaths } from "./conform-report-paths.js";
