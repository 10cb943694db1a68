/** The report files `conform` can write: one row per option and reporter (all behind Output). */
import type { Output } from "../reporters/output.js";
import type { Reporter } from "../reporters/reporter.js";
import { JsonReporter } from "../reporters/json-reporter.js";
import { JunitReporter } from "../reporters/junit-reporter.js";
import { HtmlReporter } from "../reporters/html-reporter.js";

/** Report files by option: one row per reporter that writes a file. */
export const REPORT_FILES: ReadonlyArray<{ option: string; create: (out: Output, file: string) => Reporter }> = [
  { option: "report-json", create: (out, file) => new JsonReporter(out, file) },
  { option: "junit", create: (out, file) => new JunitReporter(out, file) },
  { option: "report-html", create: (out, file) => new HtmlReporter(out, file) },
];
