/** `npm run diff`: see src/cli/diff.ts. */
import { main } from "../src/cli/diff.js";

await main(process.argv.slice(2));
