/**
 * The `cluster-api-contracts/conform` entry point: build a run's input (options from argv, or
 * by hand with DEFAULTS; then the plan), run it, and consume its events.
 *
 *   const options = parseConformArgs(["--api", "yarn-service", "--base-url", url]).options;
 *   const run = await prepareRun(options);          // the plan: cases, workflows, skips
 *   const summary = await runConformance(run, options, (event) => console.log(event.type));
 */
export { parseConformArgs, renderHelp, CONFORM_OPTIONS } from "../cli/conform.js";
export { DEFAULTS, type ConformOptions } from "./options.js";
export { prepareRun, selectChecks, type Plan, type PlanSkip, type PlannedWorkflow, type PreparedRun } from "./plan.js";
export { runConformance } from "./run-conformance.js";
export type * from "./events.js";
