/** `npm run conform`: see src/cli/conform.ts. */
import { main } from "../src/cli/conform.js";

await main(process.argv.slice(2));
