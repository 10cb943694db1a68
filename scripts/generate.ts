/** npm run generate [-- --check]: see src/generate/run-generate.ts. */
import { runGenerate } from "../src/generate/run-generate.js";

process.exitCode = await runGenerate(process.argv.slice(2));
