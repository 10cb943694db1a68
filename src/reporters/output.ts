/**
 * The one place every byte of conform output passes through: console lines, report files and
 * error messages. Each credential value is replaced by *** here, so no reporter, curl line or
 * error can leak one.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export interface Output {
  /** A line (or block) for stdout. */
  line(text: string): void;
  /** A line for stderr (errors, hints). */
  error(text: string): void;
  /** Write a report file (parent folders created). */
  file(filePath: string, content: string): Promise<void>;
  mask(text: string): string;
}

export interface OutputTargets {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  writeFile?: (filePath: string, content: string) => Promise<void>;
}

export function createOutput(secrets: readonly string[], targets: OutputTargets = {}): Output {
  const ordered = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  const variants = ordered.flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]).filter((v, i, all) => all.indexOf(v) === i);
  const mask = (text: string) => variants.reduce((out, secret) => out.split(secret).join("***"), text);
  const stdout = targets.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = targets.stderr ?? ((text: string) => void process.stderr.write(text));
  const write =
    targets.writeFile ??
    (async (filePath: string, content: string) => {
      await mkdir(path.dirname(path.resolve(filePath)), { recursive: true });
      await writeFile(filePath, content, "utf8");
    });
  return {
    mask,
    line: (text) => stdout(`${mask(text)}\n`),
    error: (text) => stderr(`${mask(text)}\n`),
    file: (filePath, content) => write(filePath, mask(content)),
  };
}
