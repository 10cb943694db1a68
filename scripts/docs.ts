/** `npm run docs`: see src/cli/docs.ts. */
import { main } from "../src/cli/docs.js";

await main(process.argv.slice(2));
