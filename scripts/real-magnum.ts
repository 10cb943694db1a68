import { main } from "../src/real/magnum/cli.js";

await main(process.argv.slice(2));
