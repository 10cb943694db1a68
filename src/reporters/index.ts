/**
 * The `cluster-api-contracts/reporters` entry point: the console, JSON and JUnit reporters of a
 * conformance run, the interface they share, and the masking output they all write through.
 *
 *   const out = createOutput(secrets);                 // masks every secret it is given
 *   const emit = broadcast([new ConsoleReporter(out), new JunitReporter(out, "reports/junit.xml")]);
 */
export { broadcast, type Reporter } from "./reporter.js";
export { ConsoleReporter } from "./console-reporter.js";
export { JsonReporter, JSON_REPORT_SCHEMA, JSON_REPORT_VERSION } from "./json-reporter.js";
export { JunitReporter } from "./junit-reporter.js";
export { createOutput, type Output, type OutputTargets } from "./output.js";
