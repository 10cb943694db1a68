/** npm run lint [-- <api id or file> ...]: lint the specs; exit 1 on any problem. */
import { API_IDS } from "../src/spec/apis.js";
import { loadSpec } from "../src/spec/load-spec.js";
import { lintSpec } from "../src/spec/lint-spec.js";
import { reportFatal } from "../src/cli/exit.js";

const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...API_IDS];
try {
  let total = 0;
  for (const target of targets) {
    const spec = await loadSpec(target);
    const problems = await lintSpec(spec.path, spec.document);
    total += problems.length;
    console.log(`${spec.id}: ${problems.length === 0 ? "clean" : `${problems.length} problem(s)`}`);
    for (const p of problems) console.log(`  ${p.severity} ${p.source}/${p.rule} at ${p.where}: ${p.message}`);
  }
  process.exit(total === 0 ? 0 : 1);
} catch (error) {
  process.exit(reportFatal("lint", error));
}
