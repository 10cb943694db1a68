import { main } from "../src/cli/fake.js";

await main(process.argv.slice(2));
