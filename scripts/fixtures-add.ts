import { main } from "../src/cli/fixtures-add.js";

await main(process.argv.slice(2));
