import { main } from "../src/cli/mock.js";

await main(process.argv.slice(2));
