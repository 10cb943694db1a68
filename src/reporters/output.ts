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
  const variants = secretVariants(secrets);
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

/** How a secret can look once written: as is, shell-quoted (curl), URL-encoded, then JSON- or XML-escaped. */
const ENCODINGS: Array<(s: string) => string> = [
  (s) => s,
  (s) => s.replace(/'/g, "'\\''"),
  (s) => encodeURIComponent(s),
  (s) => new URLSearchParams({ v: s }).toString().slice(2),
];
const json = (s: string) => JSON.stringify(s).slice(1, -1);
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
/** Reports nest: a JSON value inside JSON, a JSON value inside JUnit XML. */
const ESCAPES: Array<(s: string) => string> = [(s) => s, json, xml, (s) => xml(json(s)), (s) => json(json(s))];

export function secretVariants(secrets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const encode of ENCODINGS) for (const escape of ESCAPES) out.add(escape(encode(secret)));
  }
  return [...out].sort((a, b) => b.length - a.length);
}
