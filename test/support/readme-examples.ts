/**
 * Read the runnable parts of the READMEs: TypeScript examples (```ts blocks that import one of
 * our packages) and shell commands (lines of ```bash blocks). An example states what it prints
 * with a trailing `// -> text` comment on the line that prints it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Example {
  /** A file-name-safe id: readme folder and block number. */
  name: string;
  source: string;
  code: string;
  /** The package specifiers it imports. */
  imports: string[];
  expectedOutput: string[];
}

const FENCE = /^```(\w+)\n([\s\S]*?)^```$/gm;
const OUR_IMPORT = /(?:from |import\.meta\.resolve\()"((?:@cluster-api-contracts\/clients|cluster-api-contracts)(?:\/[^"]*)?)"/g;

export function codeBlocks(file: string): Array<{ lang: string; code: string; line: number }> {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(FENCE)].map((m) => ({ lang: m[1]!, code: m[2]!, line: text.slice(0, m.index).split("\n").length }));
}

export function extractExamples(files: string[]): Example[] {
  return files.flatMap((file) => {
    const prefix = path.basename(path.dirname(file)).replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    return codeBlocks(file)
      .filter((b) => b.lang === "ts" && new RegExp(OUR_IMPORT.source).test(b.code))
      .map((b) => ({
        name: `example-${prefix}-${b.line}`,
        source: `${path.basename(file)}:${b.line}`,
        code: b.code,
        imports: [...b.code.matchAll(OUR_IMPORT)].map((m) => m[1]!),
        expectedOutput: [...b.code.matchAll(/\/\/ -> (.+)$/gm)].map((m) => m[1]!.trim()),
      }));
  });
}

/** Every command line of the ```bash blocks, continuation lines joined, comments dropped. */
export function extractCommands(file: string): Array<{ command: string; line: number }> {
  return codeBlocks(file)
    .filter((b) => b.lang === "bash" || b.lang === "sh")
    .flatMap((b) => {
      const joined = b.code.replace(/\\\n\s*/g, " ").split("\n");
      return joined.map((l, i) => ({ command: l.replace(/\s+#.*$/, "").trim(), line: b.line + 1 + i })).filter((c) => c.command !== "" && !c.command.startsWith("#"));
    });
}
