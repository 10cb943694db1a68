/** npm run generate [-- --check] : write (or check) generated/<api>.d.ts and .json. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { API_IDS, PROJECT_ROOT } from "../src/spec/apis.js";
import { generateFor, findStale } from "../src/generate/generate-types.js";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--check");
if (unknown.length > 0) {
  console.error(`generate: unknown option ${unknown[0]} (only --check is accepted)`);
  process.exit(2);
}
const check = args.includes("--check");

try {
  const files = (await Promise.all(API_IDS.map((id) => generateFor(id)))).flat();
  if (check) {
    const stale = await findStale(files);
    if (stale.length > 0) {
      console.error(`generate --check: stale: ${stale.join(", ")} (run npm run generate)`);
      process.exit(1);
    }
    console.log(`generate --check: ${files.length} files up to date`);
  } else {
    await mkdir(path.join(PROJECT_ROOT, "generated"), { recursive: true });
    for (const file of files) await writeFile(file.path, file.content);
    console.log(`generate: wrote ${files.map((f) => path.relative(PROJECT_ROOT, f.path)).join(", ")}`);
  }
} catch (error) {
  console.error(`generate: ${String((error as Error).message ?? error).split("\n")[0]}`);
  process.exit(2);
}
